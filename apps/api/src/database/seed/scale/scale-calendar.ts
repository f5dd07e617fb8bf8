import { randomUUID } from 'node:crypto';
import { addDays, at, dutchDate } from '../demo/seed-writer';
import type { ArrangementContext } from './scale-arrangement';

export interface Meeting {
  id: string;
  bodyId: string;
  day: string;
  startsAt: string;
  position: number;
  closed: boolean;
  listId: string | null;
  listPublishedAt: string | null;
}

export interface Calendar {
  boardMeetings: Map<number, Meeting>;
  directorMeetings: Map<number, Meeting>;
  committeeMeetings: Map<string, Meeting[]>;
}

type ItemExtra = {
  proposal?: string;
  source?: string;
  area?: string;
  scope?: string[];
  confidentiality?: string;
};

/** Agenda items and audit entries of one arrangement. */
export function arrangementWriters(context: ArrangementContext) {
  const { out, organisationId } = context;
  const item = async (
    target: Meeting,
    title: string,
    purpose: string,
    handling: string,
    extra: ItemExtra,
  ) => {
    const id = randomUUID();
    await out.add('agenda_item', {
      id,
      organisation_id: organisationId,
      meeting_id: target.id,
      body_id: target.bodyId,
      position: target.position++,
      title,
      purpose,
      handling,
      proposal_id: extra.proposal,
      source_agenda_item_id: extra.source,
      service_area_id: extra.area,
      municipality_scope: extra.scope ?? [],
      confidentiality: extra.confidentiality ?? 'PUBLIC',
    });
    return id;
  };
  const audit = (
    actor: string | null,
    action: string,
    subjectType: string,
    subjectId: string,
    moment: string,
  ) =>
    out.add('audit_entry', {
      organisation_id: organisationId,
      actor_id: actor,
      action,
      subject_type: subjectType,
      subject_id: subjectId,
      details: '{"scale":true}',
      at: moment,
    });

  return { item, audit };
}

/**
 * The board every four weeks (the next one within a week), the directors a week before, committees every five
 * weeks (a portefeuillehoudersoverleg weekly), the AB three times a year; besluitenlijsten, agenda publications
 * and the "bespreek de agenda in het college" task per gemeente.
 */
export async function writeCalendar(context: ArrangementContext): Promise<Calendar> {
  const {
    out,
    random,
    input,
    organisationId,
    operational,
    board,
    directors,
    generalBoard,
    committees,
    director,
  } = context;
  const { today, members } = input;
  const { item, audit } = arrangementWriters(context);
  const meeting = async (bodyId: string, title: string, day: string, time: string): Promise<Meeting> => {
    const closed = day < today;
    const startsAt = at(day, time);
    const published = closed || day <= addDays(today, 7);
    const created: Meeting = {
      id: randomUUID(),
      bodyId,
      day,
      startsAt,
      position: 1,
      closed,
      listId: null,
      listPublishedAt: null,
    };
    await out.add('meeting', {
      id: created.id,
      organisation_id: organisationId,
      body_id: bodyId,
      title: `${title} ${dutchDate(day)}`,
      starts_at: startsAt,
      ends_at: at(day, `${String(Number(time.slice(0, 2)) + 2).padStart(2, '0')}${time.slice(2)}`),
      location: `Kantoor ${input.name}`,
      status: closed ? 'CLOSED' : published ? 'PUBLISHED' : 'PLANNED',
      confidentiality: 'PUBLIC',
      agenda_published_at: published ? at(addDays(day, -7), '12:00') : null,
    });
    await item(created, 'Opening, mededelingen en vaststelling van de agenda', 'INFORMATION', 'CONSENT', {});
    return created;
  };

  const anchor = addDays(today, 1 + ((input.number * 3) % 7));
  const boardMeetings = new Map<number, Meeting>();
  const directorMeetings = new Map<number, Meeting>();
  const firstK = -Math.floor((input.months * 30.44) / 28);
  for (let k = firstK; k <= 2; k++) {
    const day = addDays(anchor, 28 * k);
    boardMeetings.set(k, await meeting(board, operational ? 'Bestuur' : 'Dagelijks Bestuur', day, '09:30'));
    directorMeetings.set(k, await meeting(directors, 'Directeurenoverleg', addDays(day, -7), '08:30'));
    if (generalBoard && k % 4 === 0)
      await meeting(generalBoard, 'Algemeen Bestuur', addDays(day, 7), '19:30');
  }
  const committeeMeetings = new Map<string, Meeting[]>();
  const interval = operational ? 7 : 35;
  for (const [index, committee] of committees.entries()) {
    const list: Meeting[] = [];
    for (
      let day = addDays(anchor, firstK * 28 - 10 - index);
      day <= addDays(today, 60);
      day = addDays(day, interval)
    ) {
      list.push(
        await meeting(
          committee.id,
          operational ? 'Portefeuillehoudersoverleg' : 'Bestuurscommissie',
          day,
          '16:00',
        ),
      );
    }
    committeeMeetings.set(committee.id, list);
  }

  // Besluitenlijsten of the board: published (older), adopted (two back), draft (last)
  const keys = [...boardMeetings.keys()];
  for (const k of keys) {
    const current = boardMeetings.get(k) as Meeting;
    if (!current.closed) continue;
    const next = boardMeetings.get(k + 1) as Meeting;
    const status = k <= -3 ? 'PUBLISHED' : k === -2 ? 'ADOPTED' : 'DRAFT';
    current.listId = randomUUID();
    current.listPublishedAt = status === 'PUBLISHED' ? at(addDays(next.day, 3), '10:00') : null;
    await out.add('decision_list', {
      id: current.listId,
      organisation_id: organisationId,
      body_id: board,
      meeting_id: current.id,
      status,
      adopted_in_meeting_id: status === 'DRAFT' ? null : next.id,
      adopted_at: status === 'DRAFT' ? null : next.startsAt,
      published_at: current.listPublishedAt,
      retention_class: 'KEEP',
    });
    await out.add('publication', {
      id: randomUUID(),
      organisation_id: organisationId,
      kind: 'AGENDA',
      subject_id: current.id,
      due_at: current.startsAt,
      published_at: at(addDays(current.day, -7), '12:00'),
      published_by_id: director,
    });
    await audit(director, 'publishAgenda', 'Meeting', current.id, at(addDays(current.day, -7), '12:00'));
    if (current.listPublishedAt) {
      await out.add('publication', {
        id: randomUUID(),
        organisation_id: organisationId,
        kind: 'DECISION_LIST',
        subject_id: current.listId,
        due_at: at(addDays(next.day, 14), '23:59'),
        published_at: current.listPublishedAt,
        published_by_id: director,
      });
    }
  }
  // "Bespreek de agenda in het college" per gemeente for every published board agenda
  for (const [k, boardMeeting] of boardMeetings) {
    if (k > 0) continue;
    for (const member of members) {
      const late = k < 0 && random.chance(0.04);
      const done = k < 0 && !late;
      await out.add('task', {
        id: randomUUID(),
        organisation_id: organisationId,
        municipality_id: member.id,
        for_organisation: false,
        assignee_id: member.secretaris,
        title: `Bespreek de agenda van ${dutchDate(boardMeeting.day)} in het college`,
        due_on: addDays(boardMeeting.day, -1),
        status: done ? 'DONE' : late ? 'IN_PROGRESS' : 'OPEN',
        origin: 'AGENDA_PUBLICATION',
        body_id: board,
        requested_by_municipality_ids: [],
        confidentiality: 'PUBLIC',
        created_by_id: director,
        completed_at: done ? at(addDays(boardMeeting.day, -2), '11:00') : null,
        completed_by_id: done ? member.secretaris : null,
      });
    }
  }

  return { boardMeetings, directorMeetings, committeeMeetings };
}
