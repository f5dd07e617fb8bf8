import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { OrganisationsDocument, type OrganisationsQuery } from '../generated/graphql';

export type Organisation = OrganisationsQuery['organisations'][number];
export type Municipality = Organisation['municipalities'][number];

/**
 * The samenwerkingsorganisaties with their gemeenten, as signals. Provide it on the page that shows them, so
 * the query lives as long as that page does.
 */
@Injectable()
export class OrganisationsStore {
  private readonly query = inject(Apollo).watchQuery({
    query: OrganisationsDocument,
    notifyOnNetworkStatusChange: true,
  });

  private readonly result = toSignal(this.query.valueChanges);

  readonly organisations: Signal<readonly Organisation[]> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.organisations : [];
  });

  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);

  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);

  /** Asks the server again, e.g. after an error; the outcome arrives through the signals. */
  reload(): void {
    // The failure is already reported through `error`; the rejected promise carries nothing more.
    this.query.refetch().catch(() => undefined);
  }
}
