import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import type { AgendaItemHandling, AgendaItemPurpose } from '../generated/graphql';
import { type AdvisedProposal, type MeetingDetail, MeetingStore } from '../meeting/meeting.store';
import { HANDLINGS, PURPOSES } from './agenda-order';

/** Puts a proposal a committee has advised on onto this agenda, with its purpose and handling. */
@Component({
  selector: 'bk-add-proposal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, EmptyState, ErrorAlert, LoadingIndicator],
  templateUrl: './add-proposal-form.html',
  styles: `
    .bk-choices {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
    }
  `,
})
export class AddProposalForm implements OnInit {
  private readonly store = inject(MeetingStore);
  private readonly destroyRef = inject(DestroyRef);
  readonly meeting = input.required<MeetingDetail>();

  protected readonly t = nl.meetings.builder.add;
  protected readonly labels = nl.labels;
  protected readonly purposes = PURPOSES;
  protected readonly handlings = HANDLINGS;
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<string | null>(null);

  private query: ReturnType<MeetingStore['watchAdvisedProposals']> | null = null;
  private readonly answer = signal<
    { loading: boolean; error?: ErrorLike; proposals: readonly AdvisedProposal[] } | undefined
  >(undefined);

  protected readonly loading = computed(() => this.answer()?.loading ?? true);
  protected readonly error = computed(() => this.answer()?.error);
  /** Advised proposals that are not yet on this agenda. */
  protected readonly proposals = computed(() => {
    const onAgenda = new Set(this.store.items().map((item) => item.proposalId));
    return (this.answer()?.proposals ?? []).filter((p) => !onAgenda.has(p.id));
  });

  protected readonly form = new FormGroup({
    proposalId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    purpose: new FormControl<AgendaItemPurpose>('DECISION', { nonNullable: true }),
    handling: new FormControl<AgendaItemHandling>('DEBATE', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.query = this.store.watchAdvisedProposals(this.meeting().organisationId);
    this.query.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((result) =>
      this.answer.set({
        loading: result.loading,
        error: result.error,
        proposals: result.dataState === 'complete' ? result.data.proposals.nodes : [],
      }),
    );
  }

  protected reload(): void {
    this.query?.refetch().catch(() => undefined);
  }

  protected invalid(): boolean {
    return this.submitted() && this.form.controls.proposalId.invalid;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      document.getElementById('add-proposal')?.focus();
      return;
    }
    const { proposalId, purpose, handling } = this.form.getRawValue();
    const proposal = this.proposals().find((p) => p.id === proposalId);
    if (!proposal) return;
    this.busy.set(true);
    try {
      await this.store.addItem({
        meetingId: this.meeting().id,
        proposalId,
        title: proposal.title,
        purpose,
        handling,
        // Geheimhouding is imposed on the item separately; until then it is at least vertrouwelijk.
        confidentiality: proposal.confidentiality === 'PUBLIC' ? 'PUBLIC' : 'CONFIDENTIAL',
        municipalityScope: [...proposal.municipalityScope],
      });
      this.store.announce(this.t.added(proposal.title));
      this.submitted.set(false);
      this.form.reset();
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.busy.set(false);
    }
  }
}
