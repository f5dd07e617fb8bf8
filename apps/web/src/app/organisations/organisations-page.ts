import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { OrganisationsStore } from '@bestuurskracht/web/data-access';
import { ErrorAlert, LoadingIndicator, MunicipalityTable } from '@bestuurskracht/web/ui';
import { organisationLabels } from './organisation-labels';

@Component({
  selector: 'bk-organisations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorAlert, LoadingIndicator, MunicipalityTable],
  providers: [OrganisationsStore],
  templateUrl: './organisations-page.html',
  styles: `
    .bk-organisation {
      margin-block-start: 2rem;
    }
  `,
})
export class OrganisationsPage {
  protected readonly store = inject(OrganisationsStore);
  protected readonly labels = organisationLabels;

  protected retry(): void {
    this.store.reload();
  }
}
