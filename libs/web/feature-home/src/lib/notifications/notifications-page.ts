import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotificationsStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';

@Component({
  selector: 'bk-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DutchDatePipe, EmptyState, ErrorAlert, LoadingIndicator],
  providers: [NotificationsStore],
  templateUrl: './notifications-page.html',
  styles: `
    .bk-notification {
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--utrecht-color-grey-80, #ccc);
    }
    .bk-notification--unread .bk-notification__text {
      font-weight: bold;
    }
  `,
})
export class NotificationsPage {
  protected readonly store = inject(NotificationsStore);
  protected readonly t = nl.notifications;
  protected readonly common = nl;
  protected readonly failed = signal(false);

  protected async markRead(ids?: readonly string[]): Promise<void> {
    this.failed.set(false);
    try {
      await this.store.markRead(ids);
    } catch {
      this.failed.set(true);
    }
  }
}
