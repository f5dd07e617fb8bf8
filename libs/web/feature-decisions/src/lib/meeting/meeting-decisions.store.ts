import { computed, inject, Injectable, type Signal, signal } from '@angular/core';
import type { ErrorLike } from '@apollo/client';
import { formatDate } from '@bestuurskracht/web/text';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AdoptDecisionListDocument,
  AssignFollowUpTasksDocument,
  type AssignFollowUpTasksInput,
  BodyDecisionsDocument,
  type BodyDecisionsQuery,
  DraftDecisionListDocument,
  MeetingDecisionsDocument,
  type MeetingDecisionsQuery,
  OrganisationMunicipalitiesDocument,
  PublishDecisionListDocument,
  RecordDecisionDocument,
  type RecordDecisionInput,
} from '../generated/graphql';

export type DecisionMeeting = MeetingDecisionsQuery['meeting'];
export type DecisionAgendaItem = DecisionMeeting['agendaItems'][number];
export type Decision = BodyDecisionsQuery['decisions']['nodes'][number];
export type DecisionListRow = BodyDecisionsQuery['decisionLists']['nodes'][number];
export type BodyMeeting = BodyDecisionsQuery['meetings']['nodes'][number];

/** How long after a meeting its decisions are looked for (recorded afterwards, or corrected). */
const RECORDED_WITHIN_DAYS = 120;

/** yyyy-mm-dd of an instant, in Dutch time. */
export function dayOf(instant: string): string {
  const [day, month, year] = formatDate(instant, 'short').split('-');
  return `${year}-${month}-${day}`;
}

/**
 * One meeting's decisions, its besluitenlijst and the body's later meetings (to adopt the list in). Provide it on
 * the page and call `load(meetingId)`.
 */
@Injectable()
export class MeetingDecisionsStore {
  private readonly apollo = inject(Apollo);

  readonly meeting = signal<DecisionMeeting | null>(null);
  private readonly body = signal<BodyDecisionsQuery | null>(null);
  readonly municipalities = signal<ReadonlyArray<{ id: string; name: string }>>([]);
  readonly loading = signal(true);
  readonly error = signal<ErrorLike | null>(null);
  private meetingId = '';

  readonly decisionsByItem: Signal<ReadonlyMap<string, Decision>> = computed(() => {
    const id = this.meeting()?.id;
    return new Map(
      (this.body()?.decisions.nodes ?? [])
        .filter((decision) => decision.meetingId === id && !decisionCorrected(decision, this.body()))
        .map((decision) => [decision.agendaItemId, decision]),
    );
  });

  readonly decisionList: Signal<DecisionListRow | null> = computed(
    () => this.body()?.decisionLists.nodes.find((list) => list.meetingId === this.meeting()?.id) ?? null,
  );

  /** Later meetings of the same body, where the besluitenlijst can be adopted. */
  readonly laterMeetings: Signal<readonly BodyMeeting[]> = computed(() => {
    const meeting = this.meeting();
    if (!meeting) return [];
    return (this.body()?.meetings.nodes ?? [])
      .filter((m) => m.startsAt > meeting.startsAt && m.status !== 'CANCELLED')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });

  async load(meetingId: string): Promise<void> {
    this.meetingId = meetingId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const { data } = await firstValueFrom(
        this.apollo.query({
          query: MeetingDecisionsDocument,
          variables: { meetingId },
          fetchPolicy: 'network-only',
        }),
      );
      if (!data) throw new Error('no answer');
      const day = dayOf(data.meeting.startsAt);
      // a decision may be recorded on a later day than the meeting; the page keeps only this meeting's
      const until = dayOf(
        new Date(Date.parse(data.meeting.startsAt) + RECORDED_WITHIN_DAYS * 86_400_000).toISOString(),
      );
      const [body, organisation] = await Promise.all([
        firstValueFrom(
          this.apollo.query({
            query: BodyDecisionsDocument,
            variables: { bodyId: data.meeting.bodyId, from: day, to: until },
            fetchPolicy: 'network-only',
          }),
        ),
        firstValueFrom(
          this.apollo.query({
            query: OrganisationMunicipalitiesDocument,
            variables: { id: data.meeting.organisationId },
          }),
        ),
      ]);
      this.meeting.set(data.meeting);
      this.body.set(body.data ?? null);
      this.municipalities.set(organisation.data?.organisation.municipalities ?? []);
    } catch (error) {
      this.error.set(error as ErrorLike);
    } finally {
      this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    return this.load(this.meetingId);
  }

  async recordDecision(input: RecordDecisionInput): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: RecordDecisionDocument, variables: { input } }));
    await this.reload();
  }

  async draftList(): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: DraftDecisionListDocument, variables: { meetingId: this.meetingId } }),
    );
    await this.reload();
  }

  async adoptList(id: string, adoptedInMeetingId: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: AdoptDecisionListDocument,
        variables: { input: { id, adoptedInMeetingId } },
      }),
    );
    await this.reload();
  }

  async publishList(id: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: PublishDecisionListDocument, variables: { id } }));
    await this.reload();
  }

  async assignTasks(input: AssignFollowUpTasksInput): Promise<number> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AssignFollowUpTasksDocument, variables: { input } }),
    );
    await this.reload();
    return result.data?.assignFollowUpTasks.length ?? 0;
  }
}

/** A decision that a correction replaced is shown through its correction only; the original stays on record. */
function decisionCorrected(decision: Decision, body: BodyDecisionsQuery | null): boolean {
  return (body?.decisions.nodes ?? []).some((other) => other.correctsDecisionId === decision.id);
}
