import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { nl } from '@bestuurskracht/web/text';
import { LoadingIndicator } from '@bestuurskracht/web/ui';
import { DecisionByIdDocument } from '../generated/graphql';

/** A search hit for a decision leads here: on to the decisions of its meeting, or "not found" as for any refusal. */
@Component({
  selector: 'bk-decision-link-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadingIndicator, RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ t.title }}</h1>
    @if (missing()) {
      <div class="utrecht-alert utrecht-alert--warning" role="alert">
        <p class="utrecht-alert__message utrecht-paragraph">{{ t.meeting.notFound }}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" routerLink="/besluiten">{{ t.title }}</a>
      </p>
    } @else {
      <bk-loading-indicator />
    }
  `,
})
export class DecisionLinkPage {
  protected readonly t = nl.decisions;
  protected readonly missing = signal(false);

  constructor() {
    const id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
    const router = inject(Router);
    firstValueFrom(inject(Apollo).query({ query: DecisionByIdDocument, variables: { id } }))
      .then((result) => {
        const meetingId = result.data?.decision.meetingId;
        if (!meetingId) throw new Error('no decision');
        void router.navigate(['/besluiten/vergadering', meetingId], { replaceUrl: true });
      })
      .catch(() => this.missing.set(true));
  }
}
