import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { notFound } from '../../graphql/errors';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { ReviewProgress } from './review-progress.model';

interface ProgressRow {
  agenda_item_id: string;
  municipality_id: string;
  review_count: number;
  last_reviewed_at: Date | null;
}

/**
 * For the director preparing the board (and the directors' meeting itself): per agenda item the viewer may read and
 * per gemeente taking part on the meeting's day, whether that gemeente has written notes. Only the fact, so an
 * own-gemeente note stays private to its gemeente.
 */
@Injectable()
export class ReviewProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forMeeting(viewer: Viewer, meetingId: string): Promise<ReviewProgress[]> {
    const meeting = await viewer.findReadable<MeetingEntity>(this.dataSource.manager, 'Meeting', meetingId);
    const organises = viewer.can('update', 'Meeting', meeting);
    if (!organises && !viewer.actor.reviewedBodyIds.includes(meeting.bodyId)) throw notFound('Meeting');
    const params: unknown[] = [meeting.id, meeting.organisationId, todayInNetherlands(meeting.startsAt)];
    const visibleItems = viewer.whereRaw('AgendaItem', 'item', params);
    const rows: ProgressRow[] = await this.dataSource.query(
      `SELECT item.id AS agenda_item_id, gemeente.municipality_id, count(review.id)::int AS review_count,
              max(review.updated_at) AS last_reviewed_at
         FROM agenda_item item
        CROSS JOIN (SELECT DISTINCT municipality_id FROM participation
                     WHERE organisation_id = $2 AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)) gemeente
         LEFT JOIN review ON review.agenda_item_id = item.id AND review.municipality_id = gemeente.municipality_id
        WHERE item.meeting_id = $1 AND ${visibleItems}
        GROUP BY item.id, item.position, gemeente.municipality_id
        ORDER BY item.position, gemeente.municipality_id`,
      params,
    );
    return rows.map((row) => ({
      agendaItemId: row.agenda_item_id,
      municipalityId: row.municipality_id,
      reviewed: row.review_count > 0,
      reviewCount: row.review_count,
      lastReviewedAt: row.last_reviewed_at,
    }));
  }
}
