import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AccessStore, Session } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';

/** Who is signed in, and the way out. */
@Component({
  selector: 'bk-signed-in-person',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (access.person(); as person) {
      <div class="bk-person">
        <p class="utrecht-paragraph">
          <span class="bk-visually-hidden">{{ t.signedInAs }} </span>{{ person.name }}
        </p>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [disabled]="busy()"
          (click)="signOut()"
        >
          {{ t.signOut }}
        </button>
      </div>
    }
  `,
  styles: `
    .bk-person {
      display: flex;
      align-items: center;
      gap: 1rem;
    }
  `,
})
export class SignedInPerson {
  protected readonly access = inject(AccessStore);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  protected readonly t = nl.navigation;
  protected readonly busy = signal(false);

  protected async signOut(): Promise<void> {
    this.busy.set(true);
    try {
      await this.session.logOut();
    } finally {
      this.busy.set(false);
      await this.router.navigate(['/inloggen'], { queryParams: { uitgelogd: 1 } });
    }
  }
}
