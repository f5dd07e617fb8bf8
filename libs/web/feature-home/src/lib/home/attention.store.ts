import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { AttentionDocument, type AttentionQuery } from '../generated/graphql';

export type Attention = AttentionQuery['attention'];

/** What needs the signed-in person now; provided on the home page. */
@Injectable()
export class AttentionStore {
  private readonly query = inject(Apollo).watchQuery({
    query: AttentionDocument,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.query.valueChanges);

  readonly attention: Signal<Attention | null> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.attention : null;
  });
  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);
  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);
  readonly empty: Signal<boolean> = computed(() => {
    const attention = this.attention();
    return (
      !!attention &&
      attention.agendasToReview.length +
        attention.advicesToAdopt.length +
        attention.agendasToPublish.length +
        attention.tasks.length +
        attention.councilViewProcedures.length ===
        0
    );
  });

  reload(): void {
    this.query.refetch().catch(() => undefined);
  }
}
