import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark, DutchDatePipe } from '@bestuurskracht/web/ui';
import { paperUrl } from '../papers';
import type { CommitteeAgendaItem, CommitteeMeeting } from './committee.store';

/** One committee meeting with its agenda: each item's proposal, purpose, state and advice. */
@Component({
  selector: 'bk-committee-meeting',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ConfidentialityMark, DutchDatePipe],
  templateUrl: './committee-meeting.html',
  styles: `
    .bk-meeting {
      margin-block: 1.5rem;
    }
    .bk-papers {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
      font-weight: normal;
    }
    .bk-item-title {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class CommitteeMeetingAgenda {
  readonly meeting = input.required<CommitteeMeeting>();
  /** The meeting just held, shown so that a voorbehoud can still be recorded. */
  readonly previous = input(false);
  readonly municipalityNames = input.required<ReadonlyMap<string, string>>();

  protected readonly t = nl.committee;
  protected readonly labels = nl.labels;
  protected readonly paperUrl = paperUrl;

  protected limitedTo(item: CommitteeAgendaItem): string[] {
    const names = this.municipalityNames();
    return item.municipalityScope.map((id) => names.get(id) ?? '').filter((name) => name !== '');
  }
}
