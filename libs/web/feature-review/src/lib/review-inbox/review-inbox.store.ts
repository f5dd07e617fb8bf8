import { computed, DestroyRef, inject, Injectable, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { Apollo, type QueryRef } from 'apollo-angular';
import { catchError, EMPTY, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import {
  DeleteReviewDocument,
  ReviewMeetingDocument,
  type ReviewMeetingQuery,
  type ReviewMeetingQueryVariables,
  type ReviewNoteFragment,
  ReviewOrganisationDocument,
  type ReviewOrganisationQuery,
  type ReviewVisibility,
  ReviewWrittenDocument,
  UpcomingMeetingsDocument,
  UpdateReviewDocument,
  WriteReviewDocument,
} from '../generated/graphql';

export type ReviewMeeting = ReviewMeetingQuery['meeting'];
export type ReviewAgendaItem = ReviewMeeting['agendaItems'][number];
export type ReviewNote = ReviewNoteFragment;

/** Where the inbox stands before the agenda itself is in. */
type Preparation =
  | { state: 'loading' }
  | { state: 'error'; error: ErrorLike }
  | { state: 'no-organisation' }
  | { state: 'no-meeting'; organisation: ReviewOrganisationQuery }
  | { state: 'ready'; organisation: ReviewOrganisationQuery; meetingId: string };

/** Statuses in order of preference: the agenda sent to the directors first, else the published one. */
const REVIEWABLE = ['AGENDA_SENT', 'PUBLISHED'] as const;

/**
 * The gemeentesecretaris' review inbox: the next DB meeting whose agenda went to the directors' meeting, its
 * items with proposal, advice and the notes this person may read, and how far their gemeente has come. Provide
 * it on the page; the query and the live subscription live as long as the page does.
 */
@Injectable()
export class ReviewInboxStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);
  private readonly destroyRef = inject(DestroyRef);
  private meetingQuery: QueryRef<ReviewMeetingQuery, ReviewMeetingQueryVariables> | null = null;
  private readonly retries = signal(0);

  /** The directors' meeting membership: which organisation, and which gemeente this person reviews for. */
  private readonly seat = computed(() => {
    const memberships = this.access.memberships();
    return (
      memberships.find((m) => m.body?.kind === 'DIRECTORS_MEETING' && m.municipality) ??
      memberships.find((m) => m.body?.kind === 'DIRECTORS_MEETING') ??
      memberships[0] ??
      null
    );
  });

  readonly organisationId: Signal<string | null> = computed(() => this.seat()?.organisationId ?? null);

  /** The gemeente this person writes notes for; null for the director, who reads shared notes only. */
  readonly municipality: Signal<{ id: string; name: string } | null> = computed(
    () => this.seat()?.municipality ?? null,
  );

  private readonly preparation = toSignal(
    toObservable(computed(() => ({ organisationId: this.organisationId(), attempt: this.retries() }))).pipe(
      switchMap(({ organisationId }) =>
        organisationId ? this.prepare(organisationId) : of<Preparation>({ state: 'no-organisation' }),
      ),
    ),
    { initialValue: { state: 'loading' } as Preparation },
  );

  private readonly meetingId = computed(() => {
    const preparation = this.preparation();
    return preparation.state === 'ready' ? preparation.meetingId : null;
  });

  private readonly meetingResult = toSignal(
    toObservable(this.meetingId).pipe(
      switchMap((meetingId) => {
        if (!meetingId) return of(undefined);
        this.meetingQuery = this.apollo.watchQuery({
          query: ReviewMeetingDocument,
          variables: { meetingId },
          fetchPolicy: 'network-only',
          nextFetchPolicy: 'cache-first',
          notifyOnNetworkStatusChange: true,
        });
        return this.meetingQuery.valueChanges;
      }),
    ),
  );

  /** The last live change, said politely by the page's live region. */
  readonly announcement = signal('');

  constructor() {
    toObservable(this.meetingId)
      .pipe(
        switchMap((meetingId) =>
          meetingId
            ? this.apollo
                .subscribe({ query: ReviewWrittenDocument, variables: { meetingId } })
                .pipe(catchError(() => EMPTY))
            : EMPTY,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((event) => {
        const note = event.data?.reviewWritten;
        if (note) this.noticeLive(note);
      });
  }

  readonly status: Signal<Preparation['state']> = computed(() => this.preparation().state);

  readonly meeting: Signal<ReviewMeeting | null> = computed(() => {
    const result = this.meetingResult();
    return result?.dataState === 'complete' ? result.data.meeting : null;
  });

  readonly loading: Signal<boolean> = computed(() => {
    if (this.preparation().state === 'loading') return true;
    return this.meetingId() !== null && (this.meetingResult()?.loading ?? true);
  });

  readonly error: Signal<ErrorLike | undefined> = computed(() => {
    const preparation = this.preparation();
    return preparation.state === 'error' ? preparation.error : this.meetingResult()?.error;
  });

  readonly items: Signal<readonly ReviewAgendaItem[]> = computed(() => this.meeting()?.agendaItems ?? []);

  private readonly organisation = computed(() => {
    const preparation = this.preparation();
    return preparation.state === 'ready' || preparation.state === 'no-meeting'
      ? preparation.organisation
      : null;
  });

  private readonly personNames = computed(
    () => new Map((this.organisation()?.persons.nodes ?? []).map((p) => [p.id, p.name])),
  );
  private readonly municipalityNames = computed(
    () => new Map((this.organisation()?.organisation.municipalities ?? []).map((m) => [m.id, m.name])),
  );

  /** Items my gemeente has reviewed (from reviewProgress). */
  readonly reviewedItemIds: Signal<ReadonlySet<string>> = computed(() => {
    const result = this.meetingResult();
    const mine = this.municipality()?.id;
    if (result?.dataState !== 'complete' || !mine) return new Set<string>();
    return new Set(
      result.data.reviewProgress
        .filter((p) => p.municipalityId === mine && p.reviewed)
        .map((p) => p.agendaItemId),
    );
  });

  readonly reviewedCount: Signal<number> = computed(
    () => this.items().filter((item) => this.reviewedItemIds().has(item.id)).length,
  );

  personName(id: string): string {
    return this.personNames().get(id) ?? nl.review.unknownAuthor;
  }

  municipalityName(id: string): string {
    return this.municipalityNames().get(id) ?? '';
  }

  municipalityNamesOf(ids: readonly string[]): string[] {
    return ids.map((id) => this.municipalityName(id)).filter((name) => name !== '');
  }

  canWrite(item: ReviewAgendaItem): boolean {
    const municipality = this.municipality();
    return (
      municipality !== null &&
      this.access.can('create', {
        __typename: 'Review',
        agendaItemId: item.id,
        municipalityId: municipality.id,
        organisationId: this.organisationId(),
        visibility: 'OWN_MUNICIPALITY',
      })
    );
  }

  canChange(note: ReviewNote, action: 'update' | 'delete'): boolean {
    return this.access.can(action, { ...note, __typename: 'Review' });
  }

  retry(): void {
    if (this.preparation().state === 'error') this.retries.update((n) => n + 1);
    else this.reload();
  }

  /** Asks for the agenda and notes again; the outcome arrives through the signals. */
  reload(): void {
    this.meetingQuery?.refetch().catch(() => undefined);
  }

  async write(agendaItemId: string, text: string, visibility: ReviewVisibility): Promise<void> {
    const municipality = this.municipality();
    if (!municipality) throw new Error('no gemeente to write for');
    await firstValueFrom(
      this.apollo.mutate({
        mutation: WriteReviewDocument,
        variables: {
          input: {
            agendaItemId,
            municipalityId: municipality.id,
            text,
            visibility,
            idempotencyKey: crypto.randomUUID(),
          },
        },
      }),
    );
    await this.refresh();
  }

  async update(note: ReviewNote, text: string, visibility: ReviewVisibility): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: UpdateReviewDocument,
        variables: { input: { id: note.id, expectedVersion: note.version, text, visibility } },
      }),
    );
    await this.refresh();
  }

  async remove(note: ReviewNote): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: DeleteReviewDocument, variables: { input: { id: note.id } } }),
    );
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    await this.meetingQuery?.refetch().catch(() => undefined);
  }

  private noticeLive(note: ReviewNote): void {
    if (note.authorId === this.access.person()?.id) return;
    const position = this.items().find((item) => item.id === note.agendaItemId)?.position;
    if (position === undefined) return;
    this.announcement.set(
      note.visibility === 'SHARED' ? nl.review.liveShared(position) : nl.review.liveOwn(position),
    );
    this.reload();
  }

  /** The organisation, then its next DB meeting with an agenda for the directors. */
  private prepare(organisationId: string) {
    return this.apollo
      .query({
        query: ReviewOrganisationDocument,
        variables: { organisationId },
        fetchPolicy: 'network-only',
      })
      .pipe(
        switchMap((result) => {
          const organisation = result.data as ReviewOrganisationQuery;
          const body = organisation.organisation.boards[0] ?? organisation.organisation.directorsMeetings[0];
          if (!body) return of<Preparation>({ state: 'no-meeting', organisation });
          return this.apollo
            .query({
              query: UpcomingMeetingsDocument,
              variables: { bodyId: body.id, from: startOfToday() },
              fetchPolicy: 'network-only',
            })
            .pipe(
              map((meetings): Preparation => {
                const nodes = meetings.data?.meetings.nodes ?? [];
                const next = REVIEWABLE.map((status) => nodes.find((m) => m.status === status)).find(Boolean);
                return next
                  ? { state: 'ready', organisation, meetingId: next.id }
                  : { state: 'no-meeting', organisation };
              }),
            );
        }),
        catchError((error: ErrorLike) => of<Preparation>({ state: 'error', error })),
        startWith<Preparation>({ state: 'loading' }),
      );
  }
}

function startOfToday(): string {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return today.toISOString();
}
