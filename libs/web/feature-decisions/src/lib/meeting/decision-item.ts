import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { DecisionOutcome } from '@bestuurskracht/shared/domain';
import { AccessStore, errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark, DutchDatePipe } from '@bestuurskracht/web/ui';
import type { ErrorLike } from '@apollo/client';
import {
  type Decision,
  type DecisionAgendaItem,
  type DecisionMeeting,
  dayOf,
  MeetingDecisionsStore,
} from './meeting-decisions.store';

const OUTCOMES = Object.values(DecisionOutcome);

/** One agenda item's decision: shown when recorded; recorded here by whoever may; its follow-up tasks. */
@Component({
  selector: 'bk-decision-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ConfidentialityMark, DutchDatePipe],
  templateUrl: './decision-item.html',
  styles: `
    :host {
      display: block;
      padding-block: 1rem;
      border-block-end: 1px solid var(--utrecht-color-grey-80, #ccc);
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
  `,
})
export class DecisionItem {
  readonly item = input.required<DecisionAgendaItem>();
  readonly meeting = input.required<DecisionMeeting>();
  readonly decision = input<Decision | undefined>();

  private readonly store = inject(MeetingDecisionsStore);
  private readonly access = inject(AccessStore);
  protected readonly t = nl.decisions;
  protected readonly labels = nl.labels;
  protected readonly late = nl.marks.late;
  protected readonly cancel = nl.actions.cancel;
  protected readonly outcomes = OUTCOMES;
  protected readonly municipalities = this.store.municipalities;

  protected readonly limitedTo = computed(() => {
    const names = new Map(this.municipalities().map((m) => [m.id, m.name]));
    return this.item()
      .municipalityScope.map((id) => names.get(id) ?? '')
      .filter(Boolean);
  });

  protected readonly mayRecord = computed(() =>
    this.access.can('create', {
      __typename: 'Decision',
      organisationId: this.meeting().organisationId,
      bodyId: this.meeting().bodyId,
      meetingId: this.meeting().id,
    }),
  );
  protected readonly mayAssign = computed(() =>
    this.access.can('create', { __typename: 'Task', organisationId: this.meeting().organisationId }),
  );

  protected readonly votes = computed(() => {
    const votes = this.decision()?.votes ?? [];
    const count = (choice: string) => votes.filter((vote) => vote.choice === choice).length;
    return votes.length === 0 ? null : this.t.meeting.votes(count('FOR'), count('AGAINST'), count('ABSTAIN'));
  });

  protected readonly recording = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly announcement = signal('');

  protected readonly form = new FormGroup({
    outcome: new FormControl<DecisionOutcome>(DecisionOutcome.ADOPTED, { nonNullable: true }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    decidedOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly assigning = signal(false);
  protected readonly taskSubmitted = signal(false);
  protected readonly taskForm = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    joint: new FormControl(false, { nonNullable: true }),
    municipalityIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  protected idOf(field: string): string {
    return `decision-${this.item().id}-${field}`;
  }

  protected invalid(field: 'title' | 'text' | 'decidedOn'): boolean {
    return this.submitted() && this.form.controls[field].invalid;
  }

  protected taskInvalid(field: 'title' | 'dueOn' | 'municipalityIds'): boolean {
    if (!this.taskSubmitted()) return false;
    return field === 'municipalityIds'
      ? this.taskForm.controls.municipalityIds.value.length === 0
      : this.taskForm.controls[field].invalid;
  }

  protected startRecording(): void {
    this.form.patchValue({
      title: this.item().proposal?.title ?? this.item().title,
      decidedOn: dayOf(this.meeting().startsAt),
    });
    this.recording.set(true);
  }

  protected async record(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      const first = (['title', 'text', 'decidedOn'] as const).find((f) => this.form.controls[f].invalid);
      if (first) document.getElementById(this.idOf(first))?.focus();
      return;
    }
    this.saving.set(true);
    const value = this.form.getRawValue();
    try {
      await this.store.recordDecision({
        agendaItemId: this.item().id,
        outcome: value.outcome,
        title: value.title.trim(),
        text: value.text.trim(),
        decidedOn: value.decidedOn,
        retentionClass: 'KEEP',
      });
      this.recording.set(false);
      this.announcement.set(this.t.meeting.recorded(value.title.trim()));
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected toggleMunicipality(id: string, checked: boolean): void {
    const current = this.taskForm.controls.municipalityIds.value;
    this.taskForm.controls.municipalityIds.setValue(
      checked ? [...current, id] : current.filter((x) => x !== id),
    );
  }

  protected async assign(): Promise<void> {
    const decision = this.decision();
    if (!decision) return;
    this.taskSubmitted.set(true);
    this.failure.set(null);
    if (this.taskForm.invalid || this.taskForm.controls.municipalityIds.value.length === 0) return;
    this.saving.set(true);
    const value = this.taskForm.getRawValue();
    try {
      const count = await this.store.assignTasks({
        decisionId: decision.id,
        title: value.title.trim(),
        dueOn: value.dueOn,
        forOrganisation: value.joint,
        municipalityIds: value.municipalityIds,
      });
      this.assigning.set(false);
      this.taskSubmitted.set(false);
      this.taskForm.reset();
      this.announcement.set(this.t.tasks.assigned(count));
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected municipalityName(id: string | null | undefined): string {
    return this.municipalities().find((m) => m.id === id)?.name ?? this.t.tasks.forOrganisation;
  }
}
