import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { OrganisationsStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { CommitteeMeetingAgenda } from './committee-meeting';
import { CommitteeStore } from './committee.store';

/** /commissie: the committees and portefeuillehoudersoverleggen the person sits in, with their meetings. */
@Component({
  selector: 'bk-committee-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CommitteeMeetingAgenda, EmptyState, ErrorAlert, LoadingIndicator],
  providers: [CommitteeStore, OrganisationsStore],
  templateUrl: './committee-page.html',
  styles: `
    .bk-body {
      margin-block-end: 2.5rem;
    }
    h2 {
      margin-block: 2rem 0.5rem;
    }
  `,
})
export class CommitteePage {
  protected readonly store = inject(CommitteeStore);
  private readonly organisations = inject(OrganisationsStore);
  protected readonly t = nl.committee;
  protected readonly labels = nl.labels;

  /** Gemeente names by id, to say which gemeenten a limited item is for. */
  protected readonly municipalityNames = computed(() => {
    const names = new Map<string, string>();
    for (const organisation of this.organisations.organisations())
      for (const municipality of organisation.municipalities) names.set(municipality.id, municipality.name);
    return names as ReadonlyMap<string, string>;
  });
}
