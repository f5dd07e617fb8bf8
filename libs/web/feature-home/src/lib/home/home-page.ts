import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import {
  ConfidentialityMark,
  DutchDatePipe,
  EmptyState,
  ErrorAlert,
  LoadingIndicator,
} from '@bestuurskracht/web/ui';
import { AttentionStore } from './attention.store';

@Component({
  selector: 'bk-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ConfidentialityMark, DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator],
  providers: [AttentionStore],
  templateUrl: './home-page.html',
  styles: `
    .bk-attention {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: 1.5rem;
    }
    .bk-attention section {
      padding: 1rem;
      border: 1px solid var(--utrecht-color-grey-80, #ccc);
      border-radius: 4px;
    }
    .bk-attention li + li {
      margin-block-start: 0.75rem;
    }
  `,
})
export class HomePage {
  protected readonly access = inject(AccessStore);
  protected readonly store = inject(AttentionStore);
  protected readonly t = nl.home;
  protected readonly labels = nl.labels;
  protected readonly marks = nl.marks;
}
