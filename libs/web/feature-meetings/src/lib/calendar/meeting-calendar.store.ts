import { computed, inject, Injectable, type Signal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, of, switchMap } from 'rxjs';
import {
  BodyMeetingsDocument,
  type CalendarMeetingFragment,
  type CreateMeetingInput,
  CreateMeetingDocument,
  MeetingBodiesDocument,
  type MeetingBodiesQuery,
  RevokeCalendarSubscriptionDocument,
  SubscribeToCalendarDocument,
} from '../generated/graphql';

export type CalendarBody = MeetingBodiesQuery['organisations'][number]['bodies'][number];
export type CalendarMeeting = CalendarMeetingFragment;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The calendar page: the bodies the person may read, the chosen body (by default the first one they sit in)
 * and its meetings, upcoming first and then the past year, most recent first. Provide it on the page.
 */
@Injectable()
export class MeetingCalendarStore {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);

  private readonly bodiesQuery = this.apollo.watchQuery({
    query: MeetingBodiesDocument,
    notifyOnNetworkStatusChange: true,
  });
  private readonly bodiesResult = toSignal(this.bodiesQuery.valueChanges);

  readonly bodies: Signal<readonly CalendarBody[]> = computed(() => {
    const result = this.bodiesResult();
    if (result?.dataState !== 'complete') return [];
    return result.data.organisations.flatMap((organisation) => organisation.bodies);
  });
  readonly bodiesLoading: Signal<boolean> = computed(() => this.bodiesResult()?.loading ?? true);
  readonly bodiesError: Signal<ErrorLike | undefined> = computed(() => this.bodiesResult()?.error);

  private readonly chosenBodyId = signal<string | null>(null);

  /** The chosen body, else the first the person sits in, else the first they may read. */
  readonly bodyId: Signal<string | null> = computed(() => {
    const bodies = this.bodies();
    const chosen = this.chosenBodyId();
    if (chosen && bodies.some((b) => b.id === chosen)) return chosen;
    const own = new Set(this.access.memberships().map((m) => m.bodyId));
    return (bodies.find((b) => own.has(b.id)) ?? bodies[0])?.id ?? null;
  });
  readonly body: Signal<CalendarBody | null> = computed(
    () => this.bodies().find((b) => b.id === this.bodyId()) ?? null,
  );

  private readonly meetingsResult = toSignal(
    toObservable(this.bodyId).pipe(
      switchMap((bodyId) => {
        if (!bodyId) return of(null);
        const now = new Date();
        return this.apollo.watchQuery({
          query: BodyMeetingsDocument,
          variables: {
            bodyId,
            now: now.toISOString(),
            yearAgo: new Date(now.getTime() - YEAR_MS).toISOString(),
          },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        }).valueChanges;
      }),
    ),
  );

  readonly upcoming: Signal<readonly CalendarMeeting[]> = computed(() => {
    const result = this.meetingsResult();
    return result?.dataState === 'complete' ? result.data.upcoming.nodes : [];
  });
  readonly past: Signal<readonly CalendarMeeting[]> = computed(() => {
    const result = this.meetingsResult();
    return result?.dataState === 'complete' ? [...result.data.past.nodes].reverse() : [];
  });
  readonly meetingsLoading: Signal<boolean> = computed(() => {
    const result = this.meetingsResult();
    return result === undefined ? this.bodyId() !== null : (result?.loading ?? false);
  });
  readonly meetingsError: Signal<ErrorLike | undefined> = computed(() => this.meetingsResult()?.error);

  /** The bodies whose meetings this person may plan (secretary of the body, or director of the organisation). */
  readonly plannableBodies: Signal<readonly CalendarBody[]> = computed(() =>
    this.bodies().filter((body) =>
      this.access.can('create', {
        __typename: 'Meeting',
        bodyId: body.id,
        organisationId: body.organisationId,
      }),
    ),
  );

  chooseBody(bodyId: string): void {
    this.chosenBodyId.set(bodyId);
  }

  reloadBodies(): void {
    this.bodiesQuery.refetch().catch(() => undefined);
  }

  async reloadMeetings(): Promise<void> {
    await this.apollo.client.refetchQueries({ include: [BodyMeetingsDocument] }).catch(() => undefined);
  }

  async createMeeting(input: CreateMeetingInput): Promise<CalendarMeeting> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateMeetingDocument, variables: { input } }),
    );
    if (!result.data) throw new Error('createMeeting answered no data');
    this.chosenBodyId.set(String(input.bodyId));
    await this.reloadMeetings();
    return result.data.createMeeting;
  }

  /** A private iCal URL for the body, absolute so an agenda app can use it as it is. */
  async subscribe(bodyId: string): Promise<string> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SubscribeToCalendarDocument, variables: { bodyId } }),
    );
    const path = result.data?.subscribeToCalendar ?? '';
    return new URL(path, window.location.origin).toString();
  }

  async revoke(bodyId: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: RevokeCalendarSubscriptionDocument, variables: { bodyId } }),
    );
  }
}
