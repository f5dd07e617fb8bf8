import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  abilityFromPackedRules,
  type Action,
  type AppAbility,
  type SubjectName,
} from '@bestuurskracht/shared/authz';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { Apollo } from 'apollo-angular';
import { filter, map, type Observable, take } from 'rxjs';
import { MeDocument, type MeQuery } from '../generated/graphql';

export type SignedInPerson = NonNullable<MeQuery['me']['person']>;
export type OwnMembership = SignedInPerson['memberships'][number];

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

  /** The memberships valid today: which bodies, gemeenten and functions this person acts in. */
  readonly memberships: Signal<readonly OwnMembership[]> = computed(() => this.person()?.memberships ?? []);

  /** The gemeenten this person acts for (a gemeentesecretaris: exactly one). */
  readonly municipalities: Signal<ReadonlyArray<{ id: string; name: string }>> = computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const membership of this.memberships()) {
      if (membership.municipality) byId.set(membership.municipality.id, membership.municipality);
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  /** Organisations in which this person is director or administrator. */
  readonly directs: Signal<readonly string[]> = computed(() =>
    this.organisationsWhere(MembershipRole.DIRECTOR),
  );
  readonly administers: Signal<readonly string[]> = computed(() =>
    this.organisationsWhere(MembershipRole.ADMINISTRATOR),
  );

  /** Whether the person may do `action` on a kind of record, or on this record (a GraphQL object). */
  can(action: Action, subject: SubjectName | RuleSubject, field?: string): boolean {
    return this.ability().can(action, subject as never, field);
  }

  /** The signed-in person once `me` has answered (null when nobody is signed in or the answer failed). */
  settled(): Observable<SignedInPerson | null> {
    return this.query.valueChanges.pipe(
      filter((result) => !result.loading),
      take(1),
      map((result) => (result.dataState === 'complete' && !result.error ? result.data.me.person : null)),
    );
  }

  /** Asks again, e.g. after signing in or out; resolves when the new answer is in. */
  async reload(): Promise<void> {
    // A failure leaves the previous answer out: `ability` then allows nothing.
    await this.query.refetch().catch(() => undefined);
  }

  /** Asks again without waiting; the answer arrives through the signals. */
  refresh(): void {
    void this.reload();
  }

  private organisationsWhere(role: MembershipRole): string[] {
    return [
      ...new Set(
        this.memberships()
          .filter((m) => m.role === role)
          .map((m) => m.organisationId),
      ),
    ];
  }
}
