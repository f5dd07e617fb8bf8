import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';
import {
  ConfidentialityMark,
  DutchDatePipe,
  EmptyState,
  ErrorAlert,
  LoadingIndicator,
} from '@bestuurskracht/web/ui';
import { DecisionSearchStore, type SearchHit } from './decision-search.store';
import { snippetParts } from './snippet';

@Component({
  selector: 'bk-decision-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ConfidentialityMark,
    DutchDatePipe,
    EmptyState,
    ErrorAlert,
    LoadingIndicator,
  ],
  providers: [DecisionSearchStore],
  templateUrl: './decision-search-page.html',
  styles: `
    .bk-search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .bk-search .utrecht-textbox {
      min-inline-size: min(100%, 24rem);
    }
    .bk-hit {
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--utrecht-color-grey-80, #ccc);
    }
    mark {
      background: #ffe98a;
      color: inherit;
    }
  `,
})
export class DecisionSearchPage {
  protected readonly store = inject(DecisionSearchStore);
  private readonly router = inject(Router);
  protected readonly t = nl.decisions;
  protected readonly labels = nl.labels;
  protected readonly form = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly snippetParts = snippetParts;

  constructor() {
    effect(() => this.form.controls.q.setValue(this.store.text(), { emitEvent: false }));
  }

  protected search(): void {
    const q = this.form.controls.q.value.trim();
    void this.router.navigate([], { queryParams: { q: q || null } });
  }

  /** Where a hit leads: a decision to its meeting's decisions, a proposal to its page, a paper to its file. */
  protected link(hit: SearchHit): string {
    switch (hit.kind) {
      case 'DECISION':
        return `/besluiten/besluit/${hit.id}`;
      case 'PROPOSAL':
        return `/voorstellen/${hit.id}`;
      default:
        return `/export/documents/${hit.id}/${encodeURIComponent(hit.title)}`;
    }
  }
}
