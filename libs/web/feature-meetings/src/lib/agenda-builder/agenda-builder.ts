import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { nl } from '@bestuurskracht/web/text';
import type { MeetingDetail } from '../meeting/meeting.store';
import { AddProposalForm } from './add-proposal-form';
import { AgendaOrder } from './agenda-order';
import { DocumentUploadForm } from './document-upload-form';
import { MeetingSteps } from './meeting-steps';
import { ReviewProgressTable } from './review-progress-table';

/** "Agenda samenstellen": the director's tools on one meeting, shown only to whoever may change it. */
@Component({
  selector: 'bk-agenda-builder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AddProposalForm, AgendaOrder, DocumentUploadForm, MeetingSteps, ReviewProgressTable],
  template: `
    <section aria-labelledby="agenda-builder-heading">
      <h2 class="utrecht-heading-2" id="agenda-builder-heading">{{ t.heading }}</h2>
      <p class="utrecht-paragraph">{{ t.intro }}</p>
      <bk-agenda-order />
      <bk-add-proposal-form [meeting]="meeting()" />
      @if (meeting().agendaItems.length > 0) {
        <bk-document-upload-form />
      }
      <bk-review-progress-table [meeting]="meeting()" />
      <bk-meeting-steps />
    </section>
  `,
  styles: `
    :host > section > * {
      display: block;
      margin-block-end: 2rem;
    }
  `,
})
export class AgendaBuilder {
  readonly meeting = input.required<MeetingDetail>();
  protected readonly t = nl.meetings.builder;
}
