import { computed, DestroyRef, inject, Injectable, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { ActivatedRoute, Router } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import {
  TaskOrganisationDocument,
  type TaskOrganisationQuery,
  type TaskRowFragment,
  TasksDocument,
  type TasksQuery,
  type TasksQueryVariables,
  type TaskStatus,
  TaskSummaryDocument,
  type TaskSummaryQuery,
  UpdateTaskStatusDocument,
} from '../generated/graphql';

export type TaskRow = TaskRowFragment;
export type TaskSummary = TaskSummaryQuery['taskSummary'];

/** What the list is filtered on; kept in the URL so a filtered list can be bookmarked and shared. */
export interface TaskFilters {
  status: readonly TaskStatus[];
  late: boolean;
  dueAfter: string | null;
  dueBefore: string | null;
}

export const TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const PAGE_SIZE = 50;
const EXPORT_PAGE_SIZE = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type ListState =
  { state: 'loading' } | { state: 'error'; error: ErrorLike } | { state: 'done'; tasks: TasksQuery['tasks'] };

/**
 * A gemeente's task dashboard: the counts, who does what, and the filtered, paginated list. The gemeente and the
 * filters come from the URL (`gemeente`, `status`, `telaat`, `vanaf`, `tot`). Provide it on the page.
 */
@Injectable()
export class TaskDashboardStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  private readonly params = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  readonly filters: Signal<TaskFilters> = computed(() => {
    const params = this.params();
    const status = (params.get('status') ?? '')
      .split(',')
      .filter((s): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s));
    const day = (name: string) => {
      const value = params.get(name);
      return value && DAY.test(value) ? value : null;
    };
    return { status, late: params.get('telaat') === 'ja', dueAfter: day('vanaf'), dueBefore: day('tot') };
  });

  /** A director follows every gemeente of the organisation; others the gemeenten they act for. */
  readonly isDirector: Signal<boolean> = computed(() => this.access.directs().length > 0);

  private readonly organisationId = computed(
    () =>
      this.access.directs()[0] ??
      this.access.memberships().find((m) => m.municipality)?.organisationId ??
      null,
  );

  private readonly organisation = toSignal(
    toObservable(this.organisationId).pipe(
      switchMap((organisationId) =>
        organisationId
          ? this.apollo.query({ query: TaskOrganisationDocument, variables: { organisationId } }).pipe(
              map((result) => result.data as TaskOrganisationQuery | undefined),
              catchError(() => of(undefined)),
            )
          : of(undefined),
      ),
    ),
  );

  readonly municipalities: Signal<ReadonlyArray<{ id: string; name: string }>> = computed(() =>
    this.isDirector()
      ? (this.organisation()?.organisation.municipalities ?? [])
      : this.access.municipalities(),
  );

  readonly municipality: Signal<{ id: string; name: string } | null> = computed(() => {
    const wanted = this.params().get('gemeente');
    const choices = this.municipalities();
    return choices.find((m) => m.id === wanted) ?? choices[0] ?? null;
  });

  private readonly names = computed(
    () => new Map((this.organisation()?.persons.nodes ?? []).map((p) => [p.id, p.name])),
  );

  private readonly variables = computed((): Omit<TasksQueryVariables, 'first' | 'after'> | null => {
    const municipality = this.municipality();
    if (!municipality) return null;
    const filters = this.filters();
    return {
      municipalityId: municipality.id,
      status: filters.status.length > 0 ? [...filters.status] : null,
      late: filters.late ? true : null,
      dueAfter: filters.dueAfter,
      dueBefore: filters.dueBefore,
    };
  });

  private readonly attempt = signal(0);
  private readonly summaryRefresh = signal(0);

  private readonly summaryResult = toSignal(
    toObservable(
      computed(() => ({ id: this.municipality()?.id, attempt: this.attempt() + this.summaryRefresh() })),
    ).pipe(
      switchMap(({ id }) =>
        id
          ? this.apollo
              .query({
                query: TaskSummaryDocument,
                variables: { municipalityId: id },
                fetchPolicy: 'network-only',
              })
              .pipe(
                map((result) => ({ summary: result.data?.taskSummary ?? null, error: undefined })),
                catchError((error: ErrorLike) => of({ summary: null, error })),
              )
          : of({ summary: null, error: undefined }),
      ),
    ),
  );

  private readonly list = signal<ListState>({ state: 'loading' });

  readonly summary: Signal<TaskSummary | null> = computed(() => this.summaryResult()?.summary ?? null);
  readonly tasks: Signal<readonly TaskRow[]> = computed(() => {
    const list = this.list();
    return list.state === 'done' ? list.tasks.nodes : [];
  });
  readonly totalCount: Signal<number> = computed(() => {
    const list = this.list();
    return list.state === 'done' ? list.tasks.totalCount : 0;
  });
  readonly hasMore: Signal<boolean> = computed(() => {
    const list = this.list();
    return list.state === 'done' && list.tasks.pageInfo.hasNextPage;
  });
  readonly loading: Signal<boolean> = computed(() => this.list().state === 'loading');
  readonly error: Signal<ErrorLike | undefined> = computed(() => {
    const list = this.list();
    return list.state === 'error' ? list.error : this.summaryResult()?.error;
  });
  readonly loadingMore = signal(false);
  readonly moreFailed = signal(false);

  constructor() {
    toObservable(computed(() => ({ variables: this.variables(), attempt: this.attempt() })))
      .pipe(
        switchMap(({ variables }) =>
          variables
            ? this.apollo
                .query({
                  query: TasksDocument,
                  variables: { ...variables, first: PAGE_SIZE },
                  fetchPolicy: 'network-only',
                })
                .pipe(
                  map((result): ListState => ({ state: 'done', tasks: (result.data as TasksQuery).tasks })),
                  catchError((error: ErrorLike) => of<ListState>({ state: 'error', error })),
                  startWith<ListState>({ state: 'loading' }),
                )
            : of<ListState>({ state: 'loading' }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.list.set(state));
  }

  personName(id: string | null | undefined): string | null {
    return id ? (this.names().get(id) ?? null) : null;
  }

  canUpdate(task: TaskRow): boolean {
    return this.access.can('update', { ...task, __typename: 'Task' });
  }

  /** Puts the gemeente and filters in the URL; the list follows. */
  applyFilters(filters: TaskFilters, municipalityId = this.municipality()?.id): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        gemeente: this.isDirector() ? (municipalityId ?? null) : null,
        status: filters.status.length > 0 ? filters.status.join(',') : null,
        telaat: filters.late ? 'ja' : null,
        vanaf: filters.dueAfter || null,
        tot: filters.dueBefore || null,
      },
    });
  }

  reload(): void {
    this.attempt.update((n) => n + 1);
  }

  async loadMore(): Promise<void> {
    const list = this.list();
    const variables = this.variables();
    if (list.state !== 'done' || !variables || !list.tasks.pageInfo.hasNextPage) return;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const next = await this.page(variables, PAGE_SIZE, list.tasks.pageInfo.endCursor);
      this.list.set({
        state: 'done',
        tasks: { ...next, nodes: [...list.tasks.nodes, ...next.nodes] },
      });
    } catch {
      this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** Changes a task's status; the row and the counts follow. Throws what the API answered. */
  async updateStatus(task: TaskRow, status: TaskStatus): Promise<TaskRow> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: UpdateTaskStatusDocument,
        variables: { input: { id: task.id, status, expectedVersion: task.version } },
      }),
    );
    const updated = result.data?.updateTaskStatus;
    if (!updated) throw new Error('no task in the answer');
    const list = this.list();
    if (list.state === 'done') {
      this.list.set({
        state: 'done',
        tasks: { ...list.tasks, nodes: list.tasks.nodes.map((t) => (t.id === updated.id ? updated : t)) },
      });
    }
    this.summaryRefresh.update((n) => n + 1);
    return updated;
  }

  /** Every task matching the filters, over all pages; `progress` hears how many are in. */
  async allTasks(progress: (loaded: number, total: number) => void): Promise<TaskRow[]> {
    const variables = this.variables();
    if (!variables) return [];
    const all: TaskRow[] = [];
    let after: string | null = null;
    for (;;) {
      const page: TasksQuery['tasks'] = await this.page(variables, EXPORT_PAGE_SIZE, after);
      all.push(...page.nodes);
      progress(all.length, page.totalCount);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
      after = page.pageInfo.endCursor;
    }
  }

  private async page(
    variables: Omit<TasksQueryVariables, 'first' | 'after'>,
    first: number,
    after: string | null | undefined,
  ): Promise<TasksQuery['tasks']> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: TasksDocument,
        variables: { ...variables, first, after },
        fetchPolicy: 'network-only',
      }),
    );
    return (result.data as TasksQuery).tasks;
  }
}
