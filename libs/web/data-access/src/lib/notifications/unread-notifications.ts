import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { UnreadNotificationCountDocument } from '../generated/graphql';

/** How often the header asks: news about a followed proposal is not urgent. */
const POLL_MS = 60_000;

/** The unread count the header shows next to "Meldingen". */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly query = inject(Apollo).watchQuery({
    query: UnreadNotificationCountDocument,
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
  });
  private readonly result = toSignal(this.query.valueChanges);

  readonly count: Signal<number> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.unreadNotificationCount : 0;
  });

  refresh(): void {
    this.query.refetch().catch(() => undefined);
  }
}
