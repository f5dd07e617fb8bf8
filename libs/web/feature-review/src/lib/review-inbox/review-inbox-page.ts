import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { AgendaItemReview } from './agenda-item-review';
import { ReviewInboxStore } from './review-inbox.store';

/** /voorbereiding: the gemeentesecretaris reads the next DB agenda and writes notes for their college. */
@Component({
  selector: 'bk-review-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgendaItemReview, DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator],
  providers: [ReviewInboxStore],
  templateUrl: './review-inbox-page.html',
  styles: `
    .bk-items {
      list-style: none;
      padding-inline-start: 0;
    }
    .bk-progress {
      font-weight: bold;
    }
  `,
})
export class ReviewInboxPage {
  protected readonly store = inject(ReviewInboxStore);
  protected readonly t = nl.review;
  protected readonly labels = nl.labels;
}
