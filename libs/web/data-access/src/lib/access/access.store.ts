import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  abilityFromPackedRules,
  type Action,
  type AppAbility,
  type SubjectName,
} from '@bestuurskracht/shared/authz';
import { Apollo } from 'apollo-angular';
import { MeDocument, type MeQuery } from '../generated/graphql';

export type SignedInPerson = NonNullable<MeQuery['me']['person']>;

/** A GraphQL object the rules can judge: its __typename names the subject, its fields the conditions. */
export type RuleSubject = { __typename?: string } & Record<string, unknown>;

const NOTHING = abilityFromPackedRules('[]');

/**
 * Who is signed in and what the API lets them do, from `me`. The client shows and enables exactly what these
 * rules allow; the API still decides. Until the answer is in (or when it fails) nothing is allowed.
 */
@Injectable({ providedIn: 'root' })
export class AccessStore {
  private readonly query = inject(Apollo).watchQuery({
    query: MeDocument,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  private readonly result = toSignal(this.query.valueChanges);

  private readonly me = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' && !result.error ? result.data.me : undefined;
  });

  readonly person: Signal<SignedInPerson | null> = computed(() => this.me()?.person ?? null);

  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);

  readonly ability: Signal<AppAbility> = computed(() => {
    const me = this.me();
    return me ? abilityFromPackedRules(me.rules) : NOTHING;
  });

  /** Whether the person may do `action` on a kind of record, or on this record (a GraphQL object). */
  can(action: Action, subject: SubjectName | RuleSubject, field?: string): boolean {
    return this.ability().can(action, subject as never, field);
  }

  /** Asks again, e.g. after signing in or out; the answer arrives through the signals. */
  refresh(): void {
    // A failure leaves the previous answer out: `ability` then allows nothing.
    this.query.refetch().catch(() => undefined);
  }
}
