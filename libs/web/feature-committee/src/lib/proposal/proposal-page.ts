import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { type ErrorCode, nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark, DutchDatePipe, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { paperUrl } from '../papers';
import { AdvicePanel } from './advice-panel';
import { ProposalLineage } from './proposal-lineage';
import { proposalTextBlocks } from './proposal-text';
import { ProposalStore } from './proposal.store';
import { ProposalVersions } from './proposal-versions';

const KILOBYTES = new Intl.NumberFormat('nl-NL');
const EUROS = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

@Component({
  selector: 'bk-proposal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ConfidentialityMark,
    DutchDatePipe,
    ErrorAlert,
    LoadingIndicator,
    AdvicePanel,
    ProposalLineage,
    ProposalVersions,
  ],
  providers: [ProposalStore],
  templateUrl: './proposal-page.html',
  styles: `
    .bk-heading {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .bk-body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    section {
      margin-block-start: 2rem;
    }
    h2,
    h3,
    h4,
    h5 {
      margin-block: 1.5rem 0.5rem;
    }
    .bk-amount {
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class ProposalPage {
  protected readonly store = inject(ProposalStore);
  private readonly title = inject(Title);
  protected readonly t = nl.proposal;
  protected readonly labels = nl.labels;
  protected readonly errors = nl.errors;
  protected readonly nlStates = nl.states;

  protected readonly following = signal(false);
  protected readonly followFailure = signal<ErrorCode | null>(null);
  protected readonly followAnnouncement = signal('');

  protected readonly limitedTo = computed(() => {
    const names = this.store.municipalityNames();
    return (this.store.proposal()?.municipalityScope ?? [])
      .map((id) => names.get(id) ?? '')
      .filter((name) => name !== '');
  });

  protected readonly bodyBlocks = computed(() =>
    proposalTextBlocks(this.store.proposal()?.currentVersion?.body ?? ''),
  );

  /** The committee's items ter advisering carry its advice. */
  protected readonly adviceItems = computed(() =>
    (this.store.proposal()?.agendaItems ?? []).filter((item) => item.purpose === 'ADVICE'),
  );

  constructor() {
    // The tab names the proposal once it is known, so history and tabs tell proposals apart.
    effect(() => {
      const proposal = this.store.proposal();
      if (proposal) this.title.setTitle(proposal.title + nl.pageTitleSuffix);
    });
  }

  protected loadError(): string {
    const code = errorCode(this.store.error());
    return code === 'NOT_FOUND'
      ? this.t.notFound
      : code === 'NETWORK'
        ? this.t.loadFailed
        : this.errors[code];
  }

  protected municipalityName(id: string): string {
    return this.store.municipalityNames().get(id) ?? nl.proposal.advice.unknownMunicipality;
  }

  protected readonly paperUrl = paperUrl;

  protected kilobytes(bytes: number): string {
    return KILOBYTES.format(Math.max(1, Math.round(bytes / 1024)));
  }

  /** Euro cents as a decimal string, in euros; negative is a saving. */
  protected euros(cents: string): string {
    return EUROS.format(Number(cents) / 100);
  }

  protected async toggleFollow(follow: boolean): Promise<void> {
    this.following.set(true);
    this.followFailure.set(null);
    this.followAnnouncement.set('');
    try {
      await this.store.follow(follow);
      this.followAnnouncement.set(follow ? this.t.follow.followed : this.t.follow.unfollowed);
    } catch (error) {
      this.followFailure.set(errorCode(error as ErrorLike));
    } finally {
      this.following.set(false);
    }
  }
}
