import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { type ErrorCode, nl } from '@bestuurskracht/web/text';
import { DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { isoDay } from '../task-dashboard/tasks-csv';
import type { CouncilViewStatus } from '../generated/graphql';
import { type CouncilView, type CouncilViewProcedure, CouncilViewsStore } from './council-views.store';

/** /zienswijzen: each procedure's deadline coming, and each raad's view; gemeenten record their own. */
@Component({
  selector: 'bk-council-views-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator],
  providers: [CouncilViewsStore],
  templateUrl: './council-views-page.html',
  styles: `
    .bk-procedure {
      padding-block: 1rem;
      border-block-start: 2px solid var(--utrecht-color-grey-80, #ccc);
    }
    .bk-plain {
      list-style: none;
      padding-inline-start: 0;
    }
    .bk-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .utrecht-textarea {
      inline-size: 100%;
      box-sizing: border-box;
    }
  `,
})
export class CouncilViewsPage {
  protected readonly store = inject(CouncilViewsStore);
  protected readonly t = nl.councilViews;
  protected readonly labels = nl.labels;
  protected readonly common = nl;
  protected readonly outcomes: readonly CouncilViewStatus[] = ['SUBMITTED', 'NO_VIEW'];

  /** The view being recorded: which procedure and gemeente. */
  protected readonly recording = signal<{ procedureId: string; municipalityId: string } | null>(null);
  protected readonly form = new FormGroup({
    status: new FormControl<CouncilViewStatus>('SUBMITTED', { nonNullable: true }),
    submittedOn: new FormControl('', { nonNullable: true }),
    summary: new FormControl('', { nonNullable: true }),
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<ErrorCode | null>(null);
  protected readonly announcement = signal('');
  private readonly dateInput = viewChild<ElementRef<HTMLInputElement>>('dateInput');

  protected dateInvalid(): boolean {
    return this.submitted() && this.form.controls.submittedOn.value === '';
  }

  protected deadlineBadge(procedure: CouncilViewProcedure): { text: string; kind: string } | null {
    if (procedure.status !== 'OPEN') return null;
    if (procedure.daysLeft < 0 || procedure.overdue)
      return { text: this.t.overdue(Math.abs(procedure.daysLeft)), kind: 'danger' };
    return {
      text: this.t.daysLeft(procedure.daysLeft),
      kind: procedure.daysLeft <= 14 ? 'warning' : 'neutral',
    };
  }

  protected isRecording(procedure: CouncilViewProcedure, view: CouncilView): boolean {
    const recording = this.recording();
    return recording?.procedureId === procedure.id && recording.municipalityId === view.municipalityId;
  }

  protected startRecording(procedure: CouncilViewProcedure, view: CouncilView): void {
    this.form.reset({
      status: view.status === 'NO_VIEW' ? 'NO_VIEW' : 'SUBMITTED',
      submittedOn: view.submittedOn ?? isoDay(new Date()),
      summary: view.summary ?? '',
    });
    this.submitted.set(false);
    this.failure.set(null);
    this.recording.set({ procedureId: procedure.id, municipalityId: view.municipalityId });
    setTimeout(() => document.getElementById(`record-${procedure.id}-${view.municipalityId}`)?.focus());
  }

  protected cancel(): void {
    this.recording.set(null);
    this.failure.set(null);
  }

  protected async save(): Promise<void> {
    const recording = this.recording();
    if (!recording) return;
    this.submitted.set(true);
    if (this.dateInvalid()) {
      this.dateInput()?.nativeElement.focus();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      await this.store.record({
        procedureId: recording.procedureId,
        municipalityId: recording.municipalityId,
        status: value.status,
        submittedOn: value.submittedOn,
        summary: value.summary.trim() || null,
      });
      this.announcement.set(this.t.recorded(this.store.municipalityName(recording.municipalityId)));
      this.recording.set(null);
    } catch (error) {
      this.failure.set(errorCode(error as ErrorLike));
    } finally {
      this.saving.set(false);
    }
  }
}
