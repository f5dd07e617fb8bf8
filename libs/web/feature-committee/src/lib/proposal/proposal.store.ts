import { computed, inject, Injectable, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { ActivatedRoute } from '@angular/router';
import { errorCode } from '@bestuurskracht/web/data-access';
import { Apollo, type QueryRef } from 'apollo-angular';
import { distinctUntilChanged, filter, firstValueFrom, map, switchMap } from 'rxjs';
import {
  type AdviceFieldsFragment,
  type AdviceOutcome,
  AdoptAdviceDocument,
  DraftAdviceDocument,
  FollowProposalDocument,
  ProposalDocument,
  ProposalOrganisationDocument,
  type ProposalOrganisationQuery,
  type ProposalQuery,
  type ProposalQueryVariables,
  RecordAdviceReservationDocument,
  UnfollowProposalDocument,
  UpdateAdviceDraftDocument,
} from '../generated/graphql';

export type ProposalDetail = ProposalQuery['proposal'];
export type ProposalAgendaItem = ProposalDetail['agendaItems'][number];
export type ProposalVersion = ProposalDetail['versions'][number];
export type Advice = AdviceFieldsFragment;

/**
 * One proposal as its page shows it, with the organisation's gemeenten and portfolios to name what it refers to,
 * and the steps a committee member takes on it. Provide it on the proposal page.
 */
@Injectable()
export class ProposalStore {
  private readonly apollo = inject(Apollo);
  private query: QueryRef<ProposalQuery, ProposalQueryVariables> | null = null;

  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(
    map((params) => params.get('id') ?? ''),
    distinctUntilChanged(),
  );

  private readonly result = toSignal(
    this.id$.pipe(
      switchMap((id) => {
        this.query = this.apollo.watchQuery({
          query: ProposalDocument,
          variables: { id },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.query.valueChanges;
      }),
    ),
  );

  readonly proposal: Signal<ProposalDetail | null> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.proposal : null;
  });
  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);
  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);
  /** Missing and not readable look the same, on purpose. */
  readonly notFound: Signal<boolean> = computed(() => errorCode(this.error()) === 'NOT_FOUND');

  private readonly organisationId = computed(() => this.proposal()?.organisationId ?? null);

  private readonly organisationResult = toSignal(
    toObservable(this.organisationId).pipe(
      filter((id): id is string => id !== null),
      distinctUntilChanged(),
      switchMap(
        (id) =>
          this.apollo.watchQuery({ query: ProposalOrganisationDocument, variables: { id } }).valueChanges,
      ),
      map((result) => (result.dataState === 'complete' ? result.data.organisation : null)),
    ),
  );

  readonly organisation: Signal<ProposalOrganisationQuery['organisation'] | null> = computed(
    () => this.organisationResult() ?? null,
  );

  readonly municipalityNames: Signal<ReadonlyMap<string, string>> = computed(
    () => new Map((this.organisation()?.municipalities ?? []).map((m) => [m.id, m.name])),
  );

  readonly portfolioName: Signal<string | null> = computed(() => {
    const portfolioId = this.proposal()?.portfolioId;
    return this.organisation()?.portfolios.find((p) => p.id === portfolioId)?.name ?? null;
  });

  /** Asks the server again, e.g. after an error or a CONFLICT; the outcome arrives through the signals. */
  reload(): void {
    this.query?.refetch().catch(() => undefined);
  }

  async follow(follow: boolean): Promise<void> {
    const proposalId = this.requireProposal().id;
    if (follow)
      await firstValueFrom(
        this.apollo.mutate({ mutation: FollowProposalDocument, variables: { proposalId } }),
      );
    else
      await firstValueFrom(
        this.apollo.mutate({ mutation: UnfollowProposalDocument, variables: { proposalId } }),
      );
  }

  async draftAdvice(agendaItemId: string, outcome: AdviceOutcome, reasoning: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: DraftAdviceDocument,
        variables: { input: { agendaItemId, outcome, reasoning } },
      }),
    );
    await this.refetch();
  }

  async updateAdviceDraft(advice: Advice, outcome: AdviceOutcome, reasoning: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: UpdateAdviceDraftDocument,
        variables: { input: { id: advice.id, expectedVersion: advice.version, outcome, reasoning } },
      }),
    );
    await this.refetch();
  }

  /** The chair's adoption moves the proposal on to "geadviseerd": the whole proposal is asked again. */
  async adoptAdvice(advice: Advice): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: AdoptAdviceDocument,
        variables: { input: { id: advice.id, expectedVersion: advice.version } },
      }),
    );
    await this.refetch();
  }

  async recordReservation(adviceId: string, municipalityId: string, text: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: RecordAdviceReservationDocument,
        variables: { input: { adviceId, municipalityId, text } },
      }),
    );
    await this.refetch();
  }

  private async refetch(): Promise<void> {
    // The mutation succeeded; a failing refetch shows through `error` and must not undo the success message.
    await this.query?.refetch().catch(() => undefined);
  }

  private requireProposal(): ProposalDetail {
    const proposal = this.proposal();
    if (!proposal) throw new Error('the proposal has not loaded');
    return proposal;
  }
}
