import { computed, DestroyRef, inject, Injectable, type Signal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { AccessStore, errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { Apollo, type QueryRef } from 'apollo-angular';
import { firstValueFrom, of, switchMap } from 'rxjs';
import {
  AddAgendaItemDocument,
  type AddAgendaItemInput,
  AdvisedProposalsDocument,
  type AdvisedProposalsQuery,
  AgendaChangedDocument,
  CancelMeetingDocument,
  CloseMeetingDocument,
  ConcludeDirectorsReviewDocument,
  MeetingDocument,
  type MeetingQuery,
  type MeetingQueryVariables,
  type MeetingAgendaItemFragment,
  type MeetingDetailFragment,
  MoveAgendaItemDocument,
  OrganisationMunicipalitiesDocument,
  PublishAgendaDocument,
  RemoveAgendaItemDocument,
  ReviewProgressDocument,
  type ReviewProgressQuery,
  SendAgendaToDirectorsDocument,
  type UpdateAgendaItemInput,
  UpdateAgendaItemDocument,
  UploadDocumentDocument,
  type UploadDocumentInput,
} from '../generated/graphql';

export type MeetingDetail = MeetingDetailFragment;
export type AgendaItem = MeetingAgendaItemFragment;
export type AdvisedProposal = AdvisedProposalsQuery['proposals']['nodes'][number];
export type ReviewProgressRow = ReviewProgressQuery['reviewProgress'][number];
export type MeetingStep = 'sendToDirectors' | 'concludeReview' | 'publish' | 'close' | 'cancel';

/**
 * The steps the API allows from the meeting's status. Where the organisation has a directors' meeting
 * (Kempengemeenten), the agenda goes there before it is published; elsewhere (Noaberkracht) it is published
 * directly. A meeting is closed once it has started.
 */
export function meetingSteps(meeting: MeetingDetail, hasDirectorsMeeting: boolean, now: Date): MeetingStep[] {
  switch (meeting.status) {
    case 'PLANNED':
      return [hasDirectorsMeeting ? 'sendToDirectors' : 'publish', 'cancel'];
    case 'AGENDA_SENT':
      return meeting.directorsReviewedAt ? ['publish', 'cancel'] : ['concludeReview', 'publish', 'cancel'];
    case 'PUBLISHED':
      return new Date(meeting.startsAt) <= now ? ['close', 'cancel'] : ['cancel'];
    default:
      return [];
  }
}

/** The live event of the person's own change arrives within this time; it must not drown their own announcement. */
const OWN_CHANGE_ECHO_MS = 3_000;

/**
 * One meeting with its agenda, kept up to date while the page is open (agendaChanged), and the director's
 * changes to it. Provide it on the meeting page with the meeting's id set through `load`.
 */
@Injectable()
export class MeetingStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);
  private readonly destroyRef = inject(DestroyRef);

  private readonly id = signal<string | null>(null);
  private query: QueryRef<MeetingQuery, MeetingQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => {
        if (!id) return of(undefined);
        this.query = this.watchMeeting(id);
        return this.query.valueChanges;
      }),
    ),
  );

  private readonly municipalitiesResult = toSignal(
    this.apollo.watchQuery({ query: OrganisationMunicipalitiesDocument }).valueChanges,
  );

  readonly meeting: Signal<MeetingDetail | null> = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' && !result.error ? result.data.meeting : null;
  });
  readonly loading: Signal<boolean> = computed(() => this.result()?.loading ?? true);
  readonly error: Signal<ErrorLike | undefined> = computed(() => this.result()?.error);
  /** A refused read answers NOT_FOUND too: the page says the same for both. */
  readonly notFound: Signal<boolean> = computed(() => errorCode(this.error()) === 'NOT_FOUND');

  readonly items: Signal<readonly AgendaItem[]> = computed(() =>
    [...(this.meeting()?.agendaItems ?? [])].sort((a, b) => a.position - b.position),
  );

  private readonly organisation = computed(() => {
    const result = this.municipalitiesResult();
    const organisationId = this.meeting()?.organisationId;
    if (result?.dataState !== 'complete' || !organisationId) return null;
    return result.data.organisations.find((o) => o.id === organisationId) ?? null;
  });

  /** The gemeenten of the meeting's organisation, by name, to name an item's scope. */
  readonly municipalities: Signal<ReadonlyArray<{ id: string; name: string }>> = computed(() =>
    [...(this.organisation()?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );

  /** Whether the person organises this meeting while it is open (director or the body's secretary). */
  readonly canBuild: Signal<boolean> = computed(() => {
    const meeting = this.meeting();
    return !!meeting && this.access.can('update', meeting);
  });
  readonly steps: Signal<readonly MeetingStep[]> = computed(() => {
    const meeting = this.meeting();
    const organisation = this.organisation();
    if (!meeting || !organisation || !this.canBuild()) return [];
    return meetingSteps(meeting, organisation.directorsMeetings.length > 0, new Date());
  });

  /** What the polite live region says: changes by others, moves, saved steps. */
  readonly announcement = signal('');
  private lastOwnAnnouncementAt = 0;

  load(id: string): void {
    if (this.id() === id) return;
    this.id.set(id);
    const subscription = this.apollo
      .subscribe({ query: AgendaChangedDocument, variables: { meetingId: id } })
      .subscribe({
        next: () => void this.refreshAfterChange(),
        // The page still works without live updates; a reload shows the latest.
        error: () => undefined,
      });
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  /**
   * Someone changed the agenda: fetch it again, and say so when that brought something new. The person's own
   * changes arrive here too, but their answer is already shown and announced.
   */
  private async refreshAfterChange(): Promise<void> {
    const before = this.contentSnapshot();
    await this.reload();
    const ownChange = Date.now() - this.lastOwnAnnouncementAt < OWN_CHANGE_ECHO_MS;
    if (!ownChange && this.contentSnapshot() !== before) this.announce(nl.meetings.meeting.updated, false);
  }

  /** What the person sees; the agenda version moves with every change, also their own, so it is left out. */
  private contentSnapshot(): string {
    const meeting = this.meeting();
    return JSON.stringify(meeting ? { ...meeting, agendaVersion: null } : null);
  }

  async reload(): Promise<void> {
    await this.query?.refetch().catch(() => undefined);
  }

  municipalityNames(ids: readonly string[]): string[] {
    const byId = new Map(this.municipalities().map((m) => [m.id, m.name]));
    return ids.map((id) => byId.get(id) ?? id);
  }

  /** Says `text` in the live region; `own` marks the announcement of the person's own change. */
  announce(text: string, own = true): void {
    if (own) this.lastOwnAnnouncementAt = Date.now();
    // Clearing first makes a repeated sentence be announced again.
    this.announcement.set('');
    setTimeout(() => this.announcement.set(text));
  }

  private watchMeeting(id: string) {
    return this.apollo.watchQuery({
      query: MeetingDocument,
      variables: { id },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
  }

  // --- the agenda builder -------------------------------------------------------------------------------------

  watchAdvisedProposals(organisationId: string) {
    return this.apollo.watchQuery({
      query: AdvisedProposalsDocument,
      variables: { organisationId },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
  }

  watchReviewProgress(meetingId: string) {
    return this.apollo.watchQuery({
      query: ReviewProgressDocument,
      variables: { meetingId },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
  }

  async addItem(input: AddAgendaItemInput): Promise<AgendaItem> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: AddAgendaItemDocument,
        variables: { input },
        refetchQueries: [AdvisedProposalsDocument, ReviewProgressDocument],
      }),
    );
    await this.reload();
    return required(result.data).addAgendaItem;
  }

  /** Moves an item on the agenda as this page last read it; a move by someone else in between is a CONFLICT. */
  async moveItem(id: string, position: number): Promise<void> {
    const expectedAgendaVersion = this.meeting()?.agendaVersion ?? -1;
    await firstValueFrom(
      this.apollo.mutate({
        mutation: MoveAgendaItemDocument,
        variables: { input: { id, position, expectedAgendaVersion } },
      }),
    );
  }

  async updateItem(input: UpdateAgendaItemInput): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: UpdateAgendaItemDocument, variables: { input } }));
  }

  async removeItem(id: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: RemoveAgendaItemDocument,
        variables: { input: { id } },
        refetchQueries: [AdvisedProposalsDocument, ReviewProgressDocument],
      }),
    );
  }

  async uploadDocument(input: UploadDocumentInput): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: UploadDocumentDocument, variables: { input } }));
    await this.reload();
  }

  async takeStep(step: MeetingStep, reason = ''): Promise<MeetingDetail> {
    const meeting = required(this.meeting());
    const input = { meetingId: meeting.id, expectedVersion: meeting.version };
    const refetchQueries = [AdvisedProposalsDocument];
    switch (step) {
      case 'sendToDirectors':
        return required(
          (
            await firstValueFrom(
              this.apollo.mutate({
                mutation: SendAgendaToDirectorsDocument,
                variables: { input },
                refetchQueries,
              }),
            )
          ).data,
        ).sendAgendaToDirectors;
      case 'concludeReview':
        return required(
          (
            await firstValueFrom(
              this.apollo.mutate({
                mutation: ConcludeDirectorsReviewDocument,
                variables: { input },
                refetchQueries,
              }),
            )
          ).data,
        ).concludeDirectorsReview;
      case 'publish':
        return required(
          (
            await firstValueFrom(
              this.apollo.mutate({ mutation: PublishAgendaDocument, variables: { input }, refetchQueries }),
            )
          ).data,
        ).publishAgenda;
      case 'close':
        return required(
          (await firstValueFrom(this.apollo.mutate({ mutation: CloseMeetingDocument, variables: { input } })))
            .data,
        ).closeMeeting;
      case 'cancel':
        return required(
          (
            await firstValueFrom(
              this.apollo.mutate({
                mutation: CancelMeetingDocument,
                variables: { input: { ...input, reason } },
                refetchQueries,
              }),
            )
          ).data,
        ).cancelMeeting;
    }
  }
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('the server answered no data');
  return value;
}
