import {
  ChangeDetectionStrategy,
  Component,
  effect,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { type ErrorCode, nl } from '@bestuurskracht/web/text';
import {
  ConfidentialityMark,
  DutchDatePipe,
  EmptyState,
  ErrorAlert,
  LoadingIndicator,
} from '@bestuurskracht/web/ui';
import type { TaskStatus } from '../generated/graphql';
import { TASK_STATUSES, TaskDashboardStore, type TaskRow } from './task-dashboard.store';
import { tasksCsv, tasksCsvFileName } from './tasks-csv';

/** /taken: what a gemeente must do, what is late and who does what; filter, change status, export. */
@Component({
  selector: 'bk-task-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    ConfidentialityMark,
    DutchDatePipe,
    EmptyState,
    ErrorAlert,
    LoadingIndicator,
  ],
  providers: [TaskDashboardStore],
  templateUrl: './task-dashboard-page.html',
  styles: `
    .bk-counts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.5rem;
    }
    .bk-count {
      padding: 0.75rem;
      border: 1px solid var(--utrecht-color-grey-80, #ccc);
    }
    .bk-count dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: bold;
    }
    .bk-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bk-inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .bk-status-cell {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
  `,
})
export class TaskDashboardPage {
  protected readonly store = inject(TaskDashboardStore);
  protected readonly t = nl.tasks;
  protected readonly labels = nl.labels;
  protected readonly common = nl;
  protected readonly statuses = TASK_STATUSES;

  protected readonly filterForm = new FormGroup({
    status: new FormGroup(
      Object.fromEntries(
        TASK_STATUSES.map((s) => [s, new FormControl(false, { nonNullable: true })]),
      ) as Record<TaskStatus, FormControl<boolean>>,
    ),
    late: new FormControl(false, { nonNullable: true }),
    dueAfter: new FormControl('', { nonNullable: true }),
    dueBefore: new FormControl('', { nonNullable: true }),
  });
  protected readonly periodInvalid = signal(false);
  private readonly dueBeforeInput = viewChild<ElementRef<HTMLInputElement>>('dueBeforeInput');

  /** The status each row's select holds, until it is saved. */
  protected readonly chosen = signal<Readonly<Record<string, TaskStatus>>>({});
  protected readonly savingId = signal<string | null>(null);
  protected readonly rowFailure = signal<{ taskId: string; title: string; code: ErrorCode } | null>(null);
  protected readonly announcement = signal('');

  protected readonly exporting = signal<{ loaded: number; total: number } | null>(null);
  protected readonly exportFailed = signal(false);

  constructor() {
    effect(() => {
      const filters = this.store.filters();
      this.filterForm.reset({
        status: Object.fromEntries(TASK_STATUSES.map((s) => [s, filters.status.includes(s)])) as Record<
          TaskStatus,
          boolean
        >,
        late: filters.late,
        dueAfter: filters.dueAfter ?? '',
        dueBefore: filters.dueBefore ?? '',
      });
    });
  }

  protected applyFilters(): void {
    const value = this.filterForm.getRawValue();
    const invalid = value.dueAfter !== '' && value.dueBefore !== '' && value.dueAfter > value.dueBefore;
    this.periodInvalid.set(invalid);
    if (invalid) {
      this.dueBeforeInput()?.nativeElement.focus();
      return;
    }
    this.store.applyFilters({
      status: TASK_STATUSES.filter((s) => value.status[s]),
      late: value.late,
      dueAfter: value.dueAfter || null,
      dueBefore: value.dueBefore || null,
    });
  }

  protected clearFilters(): void {
    this.periodInvalid.set(false);
    this.store.applyFilters({ status: [], late: false, dueAfter: null, dueBefore: null });
  }

  protected chooseMunicipality(id: string): void {
    this.store.applyFilters(this.store.filters(), id);
  }

  protected choose(task: TaskRow, status: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [task.id]: status as TaskStatus }));
  }

  protected chosenStatus(task: TaskRow): TaskStatus {
    return this.chosen()[task.id] ?? task.status;
  }

  protected async saveStatus(task: TaskRow): Promise<void> {
    const status = this.chosenStatus(task);
    if (status === task.status) return;
    this.savingId.set(task.id);
    this.rowFailure.set(null);
    try {
      const updated = await this.store.updateStatus(task, status);
      this.announcement.set(this.t.statusSaved(updated.title, this.labels.taskStatus[updated.status]));
      this.chosen.update(({ [task.id]: _saved, ...rest }) => rest);
    } catch (error) {
      this.rowFailure.set({ taskId: task.id, title: task.title, code: errorCode(error as ErrorLike) });
    } finally {
      this.savingId.set(null);
    }
  }

  protected reloadAfterConflict(): void {
    this.rowFailure.set(null);
    this.store.reload();
  }

  protected async exportCsv(): Promise<void> {
    const municipality = this.store.municipality();
    if (!municipality || this.exporting()) return;
    this.exportFailed.set(false);
    this.exporting.set({ loaded: 0, total: this.store.totalCount() });
    try {
      const tasks = await this.store.allTasks((loaded, total) => this.exporting.set({ loaded, total }));
      const csv = tasksCsv(tasks, (id) => this.store.personName(id) ?? this.t.unassigned);
      download(csv, tasksCsvFileName(municipality.name));
      this.announcement.set(this.t.exported(tasks.length));
    } catch {
      this.exportFailed.set(true);
    } finally {
      this.exporting.set(null);
    }
  }
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
