import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { AccessStore, SessionExpiry } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { PageLayout } from '@bestuurskracht/web/ui';
import { MainNavigation } from './shell/main-navigation';
import { SignedInPerson } from './shell/signed-in-person';

@Component({
  selector: 'bk-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLayout, RouterOutlet, RouterLink, MainNavigation, SignedInPerson],
  template: `
    <bk-page-layout [productName]="t.productName">
      <bk-signed-in-person bkHeaderEnd />
      <div bkNavigation>
        @if (access.person()) {
          <bk-main-navigation />
        }
        @if (expiry.expired()) {
          <div class="utrecht-alert utrecht-alert--warning bk-session-expired" role="alert">
            <div class="utrecht-alert__content">
              <p class="utrecht-alert__message utrecht-paragraph">
                {{ t.signIn.sessionExpired }}
                <a class="utrecht-link" routerLink="/inloggen" [queryParams]="{ terug: router.url }">{{
                  t.signIn.submit
                }}</a>
              </p>
            </div>
          </div>
        }
      </div>
      <router-outlet />
    </bk-page-layout>
  `,
})
export class App {
  protected readonly access = inject(AccessStore);
  protected readonly expiry = inject(SessionExpiry);
  protected readonly router = inject(Router);
  protected readonly t = nl;
}
