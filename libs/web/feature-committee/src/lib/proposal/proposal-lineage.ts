import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe } from '@bestuurskracht/web/ui';
import type { ProposalDetail } from './proposal.store';

/**
 * "Waar het vandaan komt en waar het heen ging": the proposal's steps through the flow, and the agendas it has
 * been on, each with the item it was forwarded from and to, in the order of the meetings.
 */
@Component({
  selector: 'bk-proposal-lineage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, DutchDatePipe],
  templateUrl: './proposal-lineage.html',
  styles: `
    h2,
    h3,
    h4,
    h5 {
      margin-block: 1.5rem 0.5rem;
    }
    .bk-timeline > li {
      margin-block-end: 0.5rem;
    }
  `,
})
export class ProposalLineage {
  readonly steps = input.required<ProposalDetail['steps']>();
  readonly agendaItems = input.required<ProposalDetail['agendaItems']>();

  protected readonly t = nl.proposal.lineage;
  protected readonly labels = nl.labels;
}
