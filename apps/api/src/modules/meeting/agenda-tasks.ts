import { Confidentiality, TaskOrigin, TaskStatus } from '@bestuurskracht/shared/domain';
import type { EntityManager } from 'typeorm';
import type { BodyEntity } from '../body/body.entity';
import type { MeetingEntity } from './meeting.entity';

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const NL_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/**
 * The college discusses the DB agenda before the DB meets: the working day before the meeting (Friday for a Monday),
 * or today when the agenda comes later than that.
 */
export function collegeDueOn(startsAt: Date, today: string): string {
  const day = new Date(`${NL_DAY.format(startsAt)}T12:00:00Z`);
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  const due = day.toISOString().slice(0, 10);
  return due < today ? today : due;
}

/**
 * One "bespreek in college" task per gemeente taking part on the meeting's day. The partial unique index
 * task_agenda_publication_key makes a second publication add nothing.
 */
export async function createCollegeTasks(
  manager: EntityManager,
  meeting: MeetingEntity,
  body: BodyEntity,
  actorId: string,
  today: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO task (organisation_id, municipality_id, for_organisation, title, description, due_on, status, origin,
                       body_id, meeting_id, confidentiality, created_by_id, requested_by_municipality_ids)
     SELECT DISTINCT $1::uuid, participation.municipality_id, false, $2::text, $3::text, $4::date, $5::text, $6::text,
            $7::uuid, $8::uuid, $9::text, $10::uuid, '{}'::uuid[]
       FROM participation
      WHERE participation.organisation_id = $1 AND participation.starts_on <= $11::date
        AND (participation.ends_on IS NULL OR participation.ends_on >= $11::date)
     ON CONFLICT (meeting_id, municipality_id) WHERE origin = 'AGENDA_PUBLICATION' DO NOTHING`,
    [
      meeting.organisationId,
      `Bespreek de agenda van ${body.name} van ${DUTCH_DATE.format(meeting.startsAt)} in het college`,
      `De agenda van ${meeting.title} is gepubliceerd. Bespreek de punten in het college vóór de vergadering.`,
      collegeDueOn(meeting.startsAt, today),
      TaskStatus.OPEN,
      TaskOrigin.AGENDA_PUBLICATION,
      body.id,
      meeting.id,
      meeting.confidentiality === Confidentiality.PUBLIC
        ? Confidentiality.PUBLIC
        : Confidentiality.CONFIDENTIAL,
      actorId,
      NL_DAY.format(meeting.startsAt),
    ],
  );
}

/** A cancelled meeting asks nothing of the colleges any more; finished tasks stay as they were. */
export async function cancelCollegeTasks(manager: EntityManager, meeting: MeetingEntity): Promise<void> {
  await manager.query(
    `UPDATE task SET status = $1, version = version + 1, updated_at = now()
      WHERE meeting_id = $2 AND origin = $3 AND status IN ($4, $5)`,
    [
      TaskStatus.CANCELLED,
      meeting.id,
      TaskOrigin.AGENDA_PUBLICATION,
      TaskStatus.OPEN,
      TaskStatus.IN_PROGRESS,
    ],
  );
}
