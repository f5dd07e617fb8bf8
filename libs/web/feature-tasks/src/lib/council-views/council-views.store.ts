import { computed, inject, Injectable, signal, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { Apollo, type QueryRef } from 'apollo-angular';
import { firstValueFrom, of, switchMap } from 'rxjs';
import {
  CouncilViewProceduresDocument,
  type CouncilViewProceduresQuery,
  type CouncilViewProceduresQueryVariables,
  type RecordCouncilViewInput,
  RecordCouncilViewDocument,
} from '../generated/graphql';

export type CouncilViewProcedure = CouncilViewProceduresQuery['councilViewProcedures']['nodes'][number];
export type CouncilView = CouncilViewProcedure['views'][number];

/**
 * The zienswijzeprocedures of the person's organisation, open ones first by deadline; people acting for a gemeente
 * record their raad's view. Provide it on the page.
 */
@Injectable()
export class CouncilViewsStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);
  private query: QueryRef<CouncilViewProceduresQuery, CouncilViewProceduresQueryVariables> | null = null;

  /** The organisations the person belongs to; the first is shown unless another is chosen. */
  readonly organisationIds: Signal<readonly string[]> = computed(() => [
    ...new Set(this.access.memberships().map((m) => m.organisationId)),
  ]);
  readonly chosenOrganisationId = signal<string | null>(null);
  readonly organisationId: Signal<string | null> = computed(
    () => this.chosenOrganisationId() ?? this.organisationIds()[0] ?? null,
  );

  private readonly result = toSignal(
    toObservable(this.organisationId).pipe(
      switchMap((organisationId) => {
        if (!organisationId) return of(undefined);
        this.query = this.apollo.watchQuery({
          query: CouncilViewProceduresDocument,
          variables: { organisationId },
          fetchPolicy: 'network-only',
          nextFetchPolicy: 'cache-first',
          notifyOnNetworkStatusChange: true,
        });
        return this.query.valueChanges;
      }),
    ),
  );

  private readonly data = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data : null;
  });

  readonly organisationName: Signal<string> = computed(() => this.data()?.organisation.name ?? '');

  /** Open procedures first, the nearest deadline first; then the closed ones, latest deadline first. */
  readonly procedures: Signal<readonly CouncilViewProcedure[]> = computed(() =>
    [...(this.data()?.councilViewProcedures.nodes ?? [])].sort((a, b) =>
      a.status !== b.status
        ? a.status === 'OPEN'
          ? -1
          : 1
        : a.status === 'OPEN'
          ? a.deadlineOn.localeCompare(b.deadlineOn)
          : b.deadlineOn.localeCompare(a.deadlineOn),
    ),
  );

  readonly loading: Signal<boolean> = computed(
    () => this.organisationId() !== null && (this.result()?.loading ?? true),
  );
  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);

  private readonly municipalityNames = computed(
    () => new Map((this.data()?.organisation.municipalities ?? []).map((m) => [m.id, m.name])),
  );

  municipalityName(id: string): string {
    return this.municipalityNames().get(id) ?? '';
  }

  /** Views sorted by gemeente name. */
  viewsOf(procedure: CouncilViewProcedure): readonly CouncilView[] {
    return [...procedure.views].sort((a, b) =>
      this.municipalityName(a.municipalityId).localeCompare(this.municipalityName(b.municipalityId), 'nl'),
    );
  }

  canRecord(procedure: CouncilViewProcedure, view: CouncilView): boolean {
    return procedure.status === 'OPEN' && this.access.can('update', { ...view, __typename: 'CouncilView' });
  }

  reload(): void {
    this.query?.refetch().catch(() => undefined);
  }

  async record(input: RecordCouncilViewInput): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: RecordCouncilViewDocument, variables: { input } }));
    await this.query?.refetch().catch(() => undefined);
  }
}
