import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { BodyKind } from '@bestuurskracht/shared/domain';
import { AccessStore, type OwnMembership } from '@bestuurskracht/web/data-access';
import { Apollo, type QueryRef } from 'apollo-angular';
import { combineLatest, map, of, switchMap } from 'rxjs';
import {
  CommitteeMeetingsDocument,
  type CommitteeMeetingsQuery,
  type CommitteeMeetingsQueryVariables,
} from '../generated/graphql';

export type CommitteeMeeting = CommitteeMeetingsQuery['meetings']['nodes'][number];
export type CommitteeAgendaItem = CommitteeMeeting['agendaItems'][number];

/** A committee or portfolio meeting the person sits in, with its last and coming meetings. */
export interface CommitteeSection {
  bodyId: string;
  name: string;
  kind: BodyKind;
  role: OwnMembership['role'];
  organisationId: string;
  upcoming: readonly CommitteeMeeting[];
  previous: CommitteeMeeting | null;
  loading: boolean;
  error: ErrorLike | undefined;
}

const COMMITTEE_KINDS: ReadonlySet<string> = new Set([BodyKind.COMMITTEE, BodyKind.PORTFOLIO_MEETING]);

/** Committees meet about every five weeks: this window holds the previous meeting and all coming ones. */
const LOOK_BACK_DAYS = 42;

type MeetingsResult = { loading: boolean; error?: ErrorLike; meetings: readonly CommitteeMeeting[] | null };

/**
 * The committee workspace: for each bestuurscommissie or portefeuillehoudersoverleg the signed-in person sits in
 * today, its previous meeting and the coming ones with their agenda. Provide it on the page.
 */
@Injectable()
export class CommitteeStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);
  private readonly queries = new Map<
    string,
    QueryRef<CommitteeMeetingsQuery, CommitteeMeetingsQueryVariables>
  >();
  private readonly now = new Date();
  private readonly from = new Date(this.now.getTime() - LOOK_BACK_DAYS * 86_400_000).toISOString();

  /** One entry per body (a person may hold two roles in one body: the first one counts). */
  private readonly memberships = computed(() => {
    const byBody = new Map<string, OwnMembership>();
    for (const membership of this.access.memberships()) {
      const body = membership.body;
      if (body && COMMITTEE_KINDS.has(body.kind) && !byBody.has(body.id)) byBody.set(body.id, membership);
    }
    return [...byBody.values()].sort((a, b) => (a.body?.name ?? '').localeCompare(b.body?.name ?? '', 'nl'));
  });

  private readonly bodyIds = computed(() =>
    this.memberships()
      .map((m) => m.body?.id)
      .join(','),
  );

  private readonly results = toSignal(
    toObservable(this.bodyIds).pipe(
      switchMap((ids) => {
        const list = ids ? ids.split(',') : [];
        if (list.length === 0) return of(new Map<string, MeetingsResult>());
        return combineLatest(
          list.map((id) =>
            this.queryFor(id).valueChanges.pipe(
              map((result): [string, MeetingsResult] => [
                id,
                {
                  loading: result.loading,
                  error: result.error,
                  meetings: result.dataState === 'complete' ? result.data.meetings.nodes : null,
                },
              ]),
            ),
          ),
        ).pipe(map((entries) => new Map(entries)));
      }),
    ),
    { initialValue: new Map<string, MeetingsResult>() },
  );

  /** True until `me` has answered: before that nobody seems to sit anywhere. */
  readonly loadingAccess: Signal<boolean> = this.access.loading;

  readonly sections: Signal<readonly CommitteeSection[]> = computed(() => {
    const results = this.results();
    const now = this.now.toISOString();
    return this.memberships().map((membership) => {
      const body = membership.body as NonNullable<OwnMembership['body']>;
      const result = results.get(body.id);
      const meetings = result?.meetings ?? [];
      const past = meetings.filter((m) => m.startsAt < now && m.status !== 'CANCELLED');
      return {
        bodyId: body.id,
        name: body.name,
        kind: body.kind as BodyKind,
        role: membership.role,
        organisationId: membership.organisationId,
        upcoming: meetings.filter((m) => m.startsAt >= now),
        previous: past[past.length - 1] ?? null,
        loading: result?.loading ?? true,
        error: result?.error,
      };
    });
  });

  /** Asks again for one body's meetings, e.g. after an error. */
  reload(bodyId: string): void {
    this.queries
      .get(bodyId)
      ?.refetch()
      .catch(() => undefined);
  }

  private queryFor(bodyId: string): QueryRef<CommitteeMeetingsQuery, CommitteeMeetingsQueryVariables> {
    let query = this.queries.get(bodyId);
    if (!query) {
      query = this.apollo.watchQuery({
        query: CommitteeMeetingsDocument,
        variables: { bodyId, from: this.from },
        fetchPolicy: 'cache-and-network',
        notifyOnNetworkStatusChange: true,
      });
      this.queries.set(bodyId, query);
    }
    return query;
  }
}
