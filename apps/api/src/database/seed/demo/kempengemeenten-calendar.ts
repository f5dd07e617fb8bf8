import {
  Confidentiality,
  DecisionListStatus,
  MeetingStatus,
  RetentionClass,
} from '@bestuurskracht/shared/domain';
import type { DemoContext } from './demo-context';
import { KEMPEN_PORTFOLIOS, type KempenPortfolio, type KempenStructure } from './kempengemeenten-structure';
import { addDays, at, dutchDate, weekday } from './seed-writer';

export interface DemoMeeting {
  id: string;
  bodyId: string;
  day: string;
  startsAt: string;
  status: MeetingStatus;
  /** Next free agenda position */
  position: number;
  decisionListId: string | null;
  decisionListPublishedAt: string | null;
}

export interface KempenCalendar {
  /** The DB meeting k (0: the next one, within a week; negative: past) */
  db: Map<number, DemoMeeting>;
  /** The zes-directeuren overleg a week before DB meeting k */
  directors: Map<number, DemoMeeting>;
  /** AB meetings, keyed by the DB meeting k they follow by a week */
  ab: Map<number, DemoMeeting>;
  committees: Record<KempenPortfolio, Map<number, DemoMeeting>>;
  dbDay(k: number): string;
}

const DB_MEETINGS = { first: -11, last: 2 };
const AB_AFTER_DB = [-10, -6, -2, 2];
const COMMITTEE_MEETINGS = { first: -9, last: 1 };
/** Days from the DB anchor (a Thursday) to each commission's meeting: Monday, Tuesday, Wednesday, Tuesday */
const COMMITTEE_OFFSET: Record<KempenPortfolio, number> = { MD: -10, VTH: -9, BIC: -8, FC: -16 };
const CANCELLED_COMMITTEE: { portfolio: KempenPortfolio; j: number } = { portfolio: 'VTH', j: -5 };

/**
 * A year of meetings around "demo today": the DB every four weeks on Thursday (the next one within a week), the
 * zes-directeuren overleg a week before each DB, each commission every five weeks, the AB three times a year;
 * with the DB's and AB's besluitenlijsten (published, adopted, draft).
 */
export async function seedKempenCalendar(
  context: DemoContext,
  structure: KempenStructure,
): Promise<KempenCalendar> {
  const today = context.today;
  let anchor = addDays(today, 1);
  while (weekday(anchor) !== 4) anchor = addDays(anchor, 1);
  const dbDay = (k: number) => addDays(anchor, 28 * k);

  const meeting = async (
    bodyId: string,
    title: string,
    day: string,
    time: string,
    status: MeetingStatus,
    extra: { agendaPublishedAt?: string | null; location?: string; confidentiality?: Confidentiality } = {},
  ): Promise<DemoMeeting> => {
    const [hours, minutes] = time.split(':').map(Number);
    const ends = `${String(hours + 2).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    const startsAt = at(day, time);
    const id = await context.writer.insert('meeting', {
      organisation_id: context.organisationId,
      body_id: bodyId,
      title: `${title} ${dutchDate(day)}`,
      starts_at: startsAt,
      ends_at: at(day, ends),
      location: extra.location ?? 'Kempenhuis, Eersel',
      status,
      confidentiality: extra.confidentiality ?? Confidentiality.PUBLIC,
      agenda_published_at: extra.agendaPublishedAt ?? null,
    });
    const created: DemoMeeting = {
      id,
      bodyId,
      day,
      startsAt,
      status,
      position: 1,
      decisionListId: null,
      decisionListPublishedAt: null,
    };
    if (status !== MeetingStatus.CANCELLED) {
      await context.writer.insert('agenda_item', {
        organisation_id: context.organisationId,
        meeting_id: id,
        body_id: bodyId,
        position: created.position++,
        title: 'Opening, mededelingen en vaststelling van de agenda',
        purpose: 'INFORMATION',
        handling: 'CONSENT',
        confidentiality: Confidentiality.PUBLIC,
      });
    }
    return created;
  };
  const pastOr = (day: string, otherwise: MeetingStatus) => (day < today ? MeetingStatus.CLOSED : otherwise);

  const calendar: KempenCalendar = {
    db: new Map(),
    directors: new Map(),
    ab: new Map(),
    committees: { MD: new Map(), VTH: new Map(), BIC: new Map(), FC: new Map() },
    dbDay,
  };
  for (let k = DB_MEETINGS.first; k <= DB_MEETINGS.last; k++) {
    const day = dbDay(k);
    const status =
      k < 0
        ? MeetingStatus.CLOSED
        : k === 0
          ? MeetingStatus.PUBLISHED
          : k === 1
            ? MeetingStatus.AGENDA_SENT
            : MeetingStatus.PLANNED;
    calendar.db.set(
      k,
      await meeting(structure.bodies.db, 'Dagelijks Bestuur', day, '09:30', status, {
        agendaPublishedAt: k <= 0 ? at(addDays(day, -7), '12:00') : null,
      }),
    );
    const directorsDay = addDays(day, -7);
    calendar.directors.set(
      k,
      await meeting(
        structure.bodies.directors,
        'Zes-directeuren overleg',
        directorsDay,
        '08:30',
        pastOr(directorsDay, k <= 1 ? MeetingStatus.AGENDA_SENT : MeetingStatus.PLANNED),
        { confidentiality: Confidentiality.CONFIDENTIAL },
      ),
    );
  }
  for (const k of AB_AFTER_DB) {
    const day = addDays(dbDay(k), 7);
    calendar.ab.set(
      k,
      await meeting(
        structure.bodies.ab,
        'Algemeen Bestuur',
        day,
        '19:30',
        pastOr(day, MeetingStatus.PLANNED),
        {
          agendaPublishedAt: day < today ? at(addDays(day, -14), '12:00') : null,
          location: 'Raadzaal gemeente Bladel',
        },
      ),
    );
  }
  for (const portfolio of KEMPEN_PORTFOLIOS) {
    for (let j = COMMITTEE_MEETINGS.first; j <= COMMITTEE_MEETINGS.last; j++) {
      const day = addDays(anchor, 35 * j + COMMITTEE_OFFSET[portfolio.code]);
      const cancelled = CANCELLED_COMMITTEE.portfolio === portfolio.code && CANCELLED_COMMITTEE.j === j;
      calendar.committees[portfolio.code].set(
        j,
        await meeting(
          structure.bodies.committees[portfolio.code],
          portfolio.committee,
          day,
          '16:00',
          cancelled ? MeetingStatus.CANCELLED : pastOr(day, MeetingStatus.PLANNED),
          { agendaPublishedAt: day < today && !cancelled ? at(addDays(day, -7), '12:00') : null },
        ),
      );
    }
  }
  await seedDecisionLists(context, calendar.db, (k) =>
    k <= -3 ? 'PUBLISHED' : k === -2 ? 'ADOPTED' : 'DRAFT',
  );
  await seedDecisionLists(context, calendar.ab, (k) => (k <= -6 ? 'PUBLISHED' : 'DRAFT'));
  return calendar;
}

/** The committee meeting that advises on a proposal for DB meeting k: the last one at least 8 days before it. */
export function committeeMeetingFor(
  calendar: KempenCalendar,
  portfolio: KempenPortfolio,
  dbK: number,
): DemoMeeting {
  const latest = addDays(calendar.dbDay(dbK), -8);
  const candidates = [...calendar.committees[portfolio].values()].filter(
    (m) => m.day <= latest && m.status !== MeetingStatus.CANCELLED,
  );
  const found = candidates[candidates.length - 1];
  if (!found) throw new Error(`no ${portfolio} commission meeting before DB meeting ${dbK}`);
  return found;
}

async function seedDecisionLists(
  context: DemoContext,
  meetings: Map<number, DemoMeeting>,
  statusOf: (k: number) => 'PUBLISHED' | 'ADOPTED' | 'DRAFT',
): Promise<void> {
  const keys = [...meetings.keys()].sort((a, b) => a - b);
  for (const [index, k] of keys.entries()) {
    const meeting = meetings.get(k) as DemoMeeting;
    if (meeting.status !== MeetingStatus.CLOSED) continue;
    const status = statusOf(k) as DecisionListStatus;
    const next = meetings.get(keys[index + 1]) ?? null;
    const adopted = status !== DecisionListStatus.DRAFT && next !== null;
    const publishedAt =
      status === DecisionListStatus.PUBLISHED && next ? at(addDays(next.day, 3), '10:00') : null;
    meeting.decisionListId = await context.writer.insert('decision_list', {
      organisation_id: context.organisationId,
      body_id: meeting.bodyId,
      meeting_id: meeting.id,
      status: adopted ? status : DecisionListStatus.DRAFT,
      adopted_in_meeting_id: adopted ? next.id : null,
      adopted_at: adopted ? next.startsAt : null,
      published_at: adopted ? publishedAt : null,
      retention_class: RetentionClass.KEEP,
    });
    meeting.decisionListPublishedAt = adopted ? publishedAt : null;
  }
}
