import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { Apollo } from 'apollo-angular';
import { AdminOrganisationsDocument } from '../generated/graphql';

/** The organisations this person administers or directs. */
@Component({
  selector: 'bk-admin-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, EmptyState, ErrorAlert, LoadingIndicator],
  template: `
    <h1 class="utrecht-heading-1">{{ t.title }}</h1>
    <p class="utrecht-paragraph">{{ t.intro }}</p>
    <div [attr.aria-busy]="loading()">
      @if (loading()) {
        <bk-loading-indicator />
      } @else if (failed()) {
        <bk-error-alert [message]="t.loadFailed" (retry)="reload()" />
      } @else if (organisations().length === 0) {
        <bk-empty-state [message]="t.none" />
      } @else {
        @for (organisation of organisations(); track organisation.id) {
          <section [attr.aria-labelledby]="'organisation-' + organisation.id">
            <h2 class="utrecht-heading-2" [id]="'organisation-' + organisation.id">
              {{ organisation.name }}
            </h2>
            <dl class="utrecht-data-list">
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">{{ t.kind }}</dt>
                <dd class="utrecht-data-list__item-value">
                  {{ labels.organisationKind[organisation.kind] }}
                </dd>
              </div>
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">{{ t.legalForm }}</dt>
                <dd class="utrecht-data-list__item-value">{{ labels.legalForm[organisation.legalForm] }}</dd>
              </div>
            </dl>
            <a class="utrecht-link" [routerLink]="['/beheer', organisation.id]"
              >{{ t.open }}: {{ organisation.name }}</a
            >
          </section>
        }
      }
    </div>
  `,
})
export class AdminOverviewPage {
  private readonly access = inject(AccessStore);
  protected readonly t = nl.admin;
  protected readonly labels = nl.labels;
  private readonly query = inject(Apollo).watchQuery({
    query: AdminOrganisationsDocument,
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.query.valueChanges);

  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failed = computed(() => !!this.result()?.error);
  protected readonly organisations = computed(() => {
    const result = this.result();
    const managed = new Set([...this.access.administers(), ...this.access.directs()]);
    return result?.dataState === 'complete' ? result.data.organisations.filter((o) => managed.has(o.id)) : [];
  });

  protected reload(): void {
    this.query.refetch().catch(() => undefined);
  }
}
