import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { BodyKind } from '@bestuurskracht/shared/domain';
import { AccessStore, UnreadNotifications } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';

interface NavigationLink {
  readonly path: string;
  readonly label: string;
  readonly exact?: boolean;
}

/** The main menu: the jobs this person has, from their memberships and rules; the API still decides. */
@Component({
  selector: 'bk-main-navigation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="utrecht-nav-bar" [attr.aria-label]="t.label">
      <div class="utrecht-nav-bar__content">
        <ul class="utrecht-nav-list">
          @for (link of links(); track link.path) {
            <li class="utrecht-nav-list__item">
              <a
                class="utrecht-nav-list__link"
                [routerLink]="link.path"
                routerLinkActive="bk-active"
                ariaCurrentWhenActive="page"
                [routerLinkActiveOptions]="{ exact: link.exact ?? false }"
                >{{ link.label }}</a
              >
            </li>
          }
          <li class="utrecht-nav-list__item">
            <a
              class="utrecht-nav-list__link"
              routerLink="/meldingen"
              routerLinkActive="bk-active"
              ariaCurrentWhenActive="page"
              >{{ t.notifications }}
              @if (unread.count() > 0) {
                <span class="utrecht-badge-counter" [attr.aria-label]="t.unread(unread.count())">{{
                  unread.count()
                }}</span>
              }
            </a>
          </li>
        </ul>
      </div>
    </nav>
  `,
  styles: `
    .utrecht-nav-list {
      display: flex;
      flex-wrap: wrap;
    }
    .bk-active {
      font-weight: bold;
      text-decoration: underline;
      text-underline-offset: 0.3em;
    }
    .utrecht-badge-counter {
      margin-inline-start: 0.25rem;
    }
  `,
})
export class MainNavigation {
  private readonly access = inject(AccessStore);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly t = nl.navigation;

  protected readonly links = computed<NavigationLink[]>(() => {
    const memberships = this.access.memberships();
    const sitsIn = (kinds: BodyKind[]) =>
      memberships.some((m) => m.body && kinds.includes(m.body.kind as BodyKind));
    const directs = this.access.directs().length > 0;
    const links: NavigationLink[] = [
      { path: '/', label: this.t.home, exact: true },
      { path: '/vergaderingen', label: this.t.meetings },
    ];
    if (sitsIn([BodyKind.COMMITTEE, BodyKind.PORTFOLIO_MEETING]))
      links.push({ path: '/commissie', label: this.t.committee });
    if (sitsIn([BodyKind.DIRECTORS_MEETING]) && this.access.municipalities().length > 0) {
      links.push({ path: '/voorbereiding', label: this.t.review });
    }
    links.push({ path: '/besluiten', label: this.t.decisions });
    if (directs || this.access.municipalities().length > 0)
      links.push({ path: '/taken', label: this.t.tasks });
    links.push({ path: '/zienswijzen', label: this.t.councilViews });
    if (this.access.administers().length > 0 || directs) links.push({ path: '/beheer', label: this.t.admin });
    return links;
  });
}
