import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { ViewerFactory } from '../../authz/viewer.factory';
import { AuditService } from '../audit/audit.service';
import type { BodyEntity } from '../body/body.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { icsCalendar } from './ical';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** Meetings further back than this are left out of a subscription. */
const HISTORY_DAYS = 365;

interface MeetingRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  status: string;
  sequence: number;
  updated_at: Date;
}

@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly viewers: ViewerFactory,
    private readonly audit: AuditService,
  ) {}

  /** A new subscription URL for a body the person may read; an earlier one for the same body stops working. */
  subscribe(viewer: Viewer, bodyId: string): Promise<string> {
    const personId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const body = await viewer.findReadable<BodyEntity>(manager, 'Body', bodyId);
      await manager
        .createQueryBuilder()
        .update(CalendarFeedEntity)
        .set({ revokedAt: new Date() })
        .where('person_id = :personId AND body_id = :bodyId AND revoked_at IS NULL', {
          personId,
          bodyId: body.id,
        })
        .execute();
      const token = randomBytes(32).toString('base64url');
      await manager.insert(CalendarFeedEntity, { personId, bodyId: body.id, tokenHash: hash(token) });
      await this.audit.record(manager, {
        organisationId: body.organisationId,
        actorId: personId,
        action: 'subscribeToCalendar',
        subjectType: 'Body',
        subjectId: body.id,
      });
      return `/export/calendar/${token}.ics`;
    });
  }

  revoke(viewer: Viewer, bodyId: string): Promise<boolean> {
    const personId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const body = await viewer.findReadable<BodyEntity>(manager, 'Body', bodyId);
      const result = await manager
        .createQueryBuilder()
        .update(CalendarFeedEntity)
        .set({ revokedAt: new Date() })
        .where('person_id = :personId AND body_id = :bodyId AND revoked_at IS NULL', {
          personId,
          bodyId: body.id,
        })
        .execute();
      await this.audit.record(manager, {
        organisationId: body.organisationId,
        actorId: personId,
        action: 'revokeCalendarSubscription',
        subjectType: 'Body',
        subjectId: body.id,
      });
      return (result.affected ?? 0) > 0;
    });
  }

  /** The calendar behind a token, or null for an unknown or revoked one. */
  async calendar(token: string): Promise<string | null> {
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: hash(token) }, relations: { body: true } });
    if (!feed || feed.revokedAt || !feed.body) return null;
    const viewer = await this.viewers.forPerson(feed.personId);
    const params: unknown[] = [feed.bodyId, HISTORY_DAYS];
    const visible = viewer.whereRaw('Meeting', 'meeting', params);
    const rows: MeetingRow[] = await this.dataSource.query(
      `SELECT meeting.id, meeting.title, meeting.starts_at, meeting.ends_at, meeting.location, meeting.status,
              meeting.sequence, meeting.updated_at
         FROM meeting
        WHERE meeting.body_id = $1 AND meeting.starts_at >= now() - make_interval(days => $2) AND ${visible}
        ORDER BY meeting.starts_at, meeting.id`,
      params,
    );
    // the body's name only for a person who may still read the body
    const name = viewer.can('read', 'Body', feed.body) ? feed.body.name : 'Vergaderingen';
    return icsCalendar(
      name,
      rows.map((row) => ({
        uid: `${row.id}@bestuurskracht`,
        sequence: row.sequence,
        start: row.starts_at,
        end: row.ends_at,
        summary: row.title,
        location: row.location,
        description: row.status === 'CANCELLED' ? 'Deze vergadering gaat niet door.' : null,
        cancelled: row.status === 'CANCELLED',
        lastModified: row.updated_at,
      })),
    );
  }
}
