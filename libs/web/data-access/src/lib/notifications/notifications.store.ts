import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from '../generated/graphql';
import { UnreadNotifications } from './unread-notifications';

export type AppNotification = NotificationsQuery['notifications'][number];

/** The notifications page's list. Provide it on that page, so the query lives as long as the page does. */
@Injectable()
export class NotificationsStore {
  private readonly apollo = inject(Apollo);
  private readonly unread = inject(UnreadNotifications);

  private readonly query = this.apollo.watchQuery({
    query: NotificationsDocument,
    variables: { first: 50, unreadOnly: false },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.query.valueChanges);

  readonly notifications: Signal<readonly AppNotification[]> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.notifications : [];
  });
  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);
  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);

  reload(): void {
    this.query.refetch().catch(() => undefined);
  }

  /** Marks these (or, without ids, all) read; the list and the header's count follow. */
  async markRead(ids?: readonly string[]): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: MarkNotificationsReadDocument,
        variables: { ids: ids ? [...ids] : null },
      }),
    );
    this.reload();
    this.unread.refresh();
  }
}
