import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { AccessStore, errorCode } from '@bestuurskracht/web/data-access';
import { type ErrorCode, nl } from '@bestuurskracht/web/text';
import { DutchDatePipe } from '@bestuurskracht/web/ui';
import type { AdviceOutcome } from '../generated/graphql';
import { type Advice, type ProposalAgendaItem, ProposalStore } from './proposal.store';

const OUTCOMES: readonly AdviceOutcome[] = ['POSITIVE', 'POSITIVE_WITH_CHANGES', 'NEGATIVE', 'NO_ADVICE'];

/**
 * The committee's advice given on one of its items ter advisering: read by everyone who may, drafted and edited by
 * its members, adopted by its chair (after confirming), with a voorbehoud per gemeente. What is offered follows
 * the rules; the API still decides.
 */
@Component({
  selector: 'bk-advice-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, ReactiveFormsModule, DutchDatePipe],
  templateUrl: './advice-panel.html',
  styles: `
    .bk-panel {
      margin-block-end: 2rem;
    }
    h2,
    h3,
    h4,
    h5 {
      margin-block: 1.5rem 0.5rem;
    }
    .bk-form {
      margin-block: 1rem;
      max-inline-size: 40rem;
    }
    .bk-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
  `,
})
export class AdvicePanel {
  readonly item = input.required<ProposalAgendaItem>();
  readonly municipalityNames = input.required<ReadonlyMap<string, string>>();

  private readonly store = inject(ProposalStore);
  private readonly access = inject(AccessStore);
  private readonly adoptYes = viewChild<ElementRef<HTMLButtonElement>>('adoptYes');

  protected readonly t = nl.proposal.advice;
  protected readonly labels = nl.labels;
  protected readonly errors = nl.errors;
  protected readonly nlStates = nl.states;
  protected readonly nlActions = nl.actions;
  protected readonly outcomes = OUTCOMES;

  protected readonly advice = computed<Advice | null>(() => this.item().advice);
  protected readonly bodyName = computed(() => this.item().meeting?.body?.name ?? this.item().title);

  protected readonly canDraft = computed(
    () =>
      !this.advice() &&
      this.access.can('create', {
        __typename: 'Advice',
        status: 'DRAFT',
        bodyId: this.item().bodyId,
      }),
  );
  protected readonly canEdit = computed(() => this.allowed('update'));
  protected readonly canAdopt = computed(() => this.allowed('adopt'));

  /** The gemeenten this person speaks for in the advising committee that have no voorbehoud yet. */
  protected readonly reservationMunicipalities = computed(() => {
    const advice = this.advice();
    if (!advice) return [];
    const taken = new Set(advice.reservations.map((r) => r.municipalityId));
    const byId = new Map<string, { id: string; name: string }>();
    for (const membership of this.access.memberships()) {
      const municipality = membership.municipality;
      if (membership.bodyId === advice.bodyId && municipality && !taken.has(municipality.id))
        byId.set(municipality.id, municipality);
    }
    return [...byId.values()];
  });

  protected readonly adviceForm = new FormGroup({
    outcome: new FormControl<AdviceOutcome | null>(null, { validators: [Validators.required] }),
    reasoning: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly reservationForm = new FormGroup({
    municipalityId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly adviceSubmitted = signal(false);
  protected readonly reservationSubmitted = signal(false);
  protected readonly saving = signal<'advice' | 'adopt' | 'reservation' | null>(null);
  protected readonly failure = signal<{ form: 'advice' | 'adopt' | 'reservation'; code: ErrorCode } | null>(
    null,
  );
  protected readonly confirming = signal(false);
  /** Announced politely: what just succeeded. */
  protected readonly announcement = signal('');

  constructor() {
    // Show the stored draft in the form, unless the person is typing: their input is never overwritten.
    effect(() => {
      const advice = this.advice();
      if (advice && !this.adviceForm.dirty)
        this.adviceForm.reset({ outcome: advice.outcome, reasoning: advice.reasoning });
    });
    effect(() => {
      const first = this.reservationMunicipalities()[0];
      const control = this.reservationForm.controls.municipalityId;
      if (first && !this.reservationMunicipalities().some((m) => m.id === control.value))
        control.setValue(first.id);
    });
  }

  protected id(name: string): string {
    return `${name}-${this.item().id}`;
  }

  protected adviceInvalid(field: 'outcome' | 'reasoning'): boolean {
    return this.adviceSubmitted() && this.adviceForm.controls[field].invalid;
  }

  protected reservationInvalid(field: 'municipalityId' | 'text'): boolean {
    return this.reservationSubmitted() && this.reservationForm.controls[field].invalid;
  }

  protected municipalityName(id: string): string {
    return this.municipalityNames().get(id) ?? this.t.unknownMunicipality;
  }

  protected async saveAdvice(): Promise<void> {
    this.adviceSubmitted.set(true);
    if (this.adviceForm.invalid) {
      this.focus(this.adviceForm.controls.outcome.invalid ? this.id('outcome-0') : this.id('reasoning'));
      return;
    }
    const { outcome, reasoning } = this.adviceForm.getRawValue();
    const advice = this.advice();
    await this.run('advice', this.t.saved, () =>
      advice
        ? this.store.updateAdviceDraft(advice, outcome as AdviceOutcome, reasoning.trim())
        : this.store.draftAdvice(this.item().id, outcome as AdviceOutcome, reasoning.trim()),
    );
    if (!this.failure()) {
      this.adviceForm.markAsPristine();
      this.adviceSubmitted.set(false);
    }
  }

  protected askToAdopt(): void {
    this.confirming.set(true);
    setTimeout(() => this.adoptYes()?.nativeElement.focus());
  }

  protected cancelAdopt(): void {
    this.confirming.set(false);
    this.focus(this.id('adopt'));
  }

  protected async adopt(): Promise<void> {
    const advice = this.advice();
    if (!advice) return;
    await this.run('adopt', this.t.adopted, () => this.store.adoptAdvice(advice));
    this.confirming.set(false);
    // The buttons are gone once adopted (or the error replaces them): keep the person in the panel.
    this.focus(this.id('advice-heading'));
  }

  protected async recordReservation(): Promise<void> {
    this.reservationSubmitted.set(true);
    if (this.reservationForm.invalid) {
      this.focus(
        this.reservationForm.controls.municipalityId.invalid
          ? this.id('reservation-municipality')
          : this.id('reservation-text'),
      );
      return;
    }
    const advice = this.advice();
    if (!advice) return;
    const { municipalityId, text } = this.reservationForm.getRawValue();
    await this.run('reservation', this.t.reservationRecorded, () =>
      this.store.recordReservation(advice.id, municipalityId, text.trim()),
    );
    if (!this.failure()) {
      this.reservationForm.controls.text.reset('');
      this.reservationSubmitted.set(false);
    }
  }

  protected reload(): void {
    this.failure.set(null);
    this.store.reload();
  }

  private async run(form: 'advice' | 'adopt' | 'reservation', done: string, step: () => Promise<void>) {
    this.failure.set(null);
    this.announcement.set('');
    this.saving.set(form);
    try {
      await step();
      this.announcement.set(done);
    } catch (error) {
      this.failure.set({ form, code: errorCode(error as ErrorLike) });
    } finally {
      this.saving.set(null);
    }
  }

  private allowed(action: 'update' | 'adopt'): boolean {
    const advice = this.advice();
    return advice?.status === 'DRAFT' && this.access.can(action, { __typename: 'Advice', ...advice });
  }

  private focus(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
