import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { ActivatedRoute } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { Apollo, type QueryRef } from 'apollo-angular';
import { map, of, switchMap } from 'rxjs';
import {
  RecentDecisionsDocument,
  type RecentDecisionsQuery,
  SearchDecisionsDocument,
  type SearchDecisionsQuery,
  type SearchDecisionsQueryVariables,
} from '../generated/graphql';

export type SearchHit = SearchDecisionsQuery['search'][number];
export type DecisionRow = RecentDecisionsQuery['decisions']['nodes'][number];

interface Answer<T> {
  readonly value: T | null;
  readonly loading: boolean;
  readonly error?: ErrorLike;
}

/** The search text lives in the URL (?q=), so a search can be shared and the back button works. */
@Injectable()
export class DecisionSearchStore {
  private readonly apollo = inject(Apollo);
  /**
   * The person's own organisation: published openbaar decisions of others are public (Woo), but this page is for
   * one's own. Someone in several organisations sees them all.
   */
  private readonly organisationId = (() => {
    const ids = [
      ...new Set(
        inject(AccessStore)
          .memberships()
          .map((m) => m.organisationId),
      ),
    ];
    return ids.length === 1 ? ids[0] : null;
  })();
  readonly text: Signal<string> = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => (params.get('q') ?? '').trim())),
    { initialValue: '' },
  );

  private current: QueryRef<SearchDecisionsQuery, SearchDecisionsQueryVariables> | null = null;

  private readonly searchAnswer = toSignal(
    toObservable(this.text).pipe(
      switchMap((text) =>
        text
          ? (this.current = this.apollo.watchQuery({
              query: SearchDecisionsDocument,
              variables: { text, organisationId: this.organisationId },
              notifyOnNetworkStatusChange: true,
            })).valueChanges.pipe(
              map((result): Answer<readonly SearchHit[]> => ({
                value: result.dataState === 'complete' ? result.data.search : null,
                loading: result.loading,
                error: result.error,
              })),
            )
          : of<Answer<readonly SearchHit[]>>({ value: null, loading: false }),
      ),
    ),
    { initialValue: { value: null, loading: false } as Answer<readonly SearchHit[]> },
  );

  private readonly recentQuery = this.apollo.watchQuery({
    query: RecentDecisionsDocument,
    variables: { first: 20, organisationId: this.organisationId },
    notifyOnNetworkStatusChange: true,
  });
  private readonly recentResult = toSignal(this.recentQuery.valueChanges);

  readonly hits: Signal<readonly SearchHit[] | null> = computed(() => this.searchAnswer().value);
  readonly searching: Signal<boolean> = computed(() => this.searchAnswer().loading);
  readonly searchError: Signal<ErrorLike | undefined> = computed(() => this.searchAnswer().error);

  readonly recent: Signal<readonly DecisionRow[]> = computed(() => {
    const result = this.recentResult();
    return result?.dataState === 'complete' ? result.data.decisions.nodes : [];
  });
  readonly recentLoading: Signal<boolean> = computed(() => this.recentResult()?.loading ?? true);
  readonly recentError: Signal<ErrorLike | undefined> = computed(() => this.recentResult()?.error);

  retrySearch(): void {
    this.current?.refetch().catch(() => undefined);
  }

  reloadRecent(): void {
    this.recentQuery.refetch().catch(() => undefined);
  }
}
