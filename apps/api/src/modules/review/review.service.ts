import { idempotent } from '../../database/idempotent';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { requireParticipating } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import { conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { LiveEvents, publishAfter } from '../live/live-events.service';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import type { DeleteReviewInput } from './dto/delete-review.input';
import type { ReviewsArgs } from './dto/reviews.args';
import type { UpdateReviewInput } from './dto/update-review.input';
import type { WriteReviewInput } from './dto/write-review.input';
import { ReviewEntity } from './review.entity';
import { toReview } from './review.mapper';
import type { Review } from './review.model';

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Review> {
    return toReview(await viewer.findReadable<ReviewEntity>(this.dataSource.manager, 'Review', id));
  }

  /** The reviews of one agenda item the viewer may read, oldest first; NOT_FOUND when the item is not readable. */
  async list(viewer: Viewer, args: ReviewsArgs): Promise<Review[]> {
    await viewer.findReadable(this.dataSource.manager, 'AgendaItem', args.agendaItemId);
    const visible = viewer.where('Review', 'review');
    const rows = await this.dataSource
      .getRepository(ReviewEntity)
      .createQueryBuilder('review')
      .where('review.agendaItemId = :agendaItemId', { agendaItemId: args.agendaItemId })
      .andWhere(visible.sql, visible.params)
      .orderBy('review.createdAt', 'ASC')
      .addOrderBy('review.id', 'ASC')
      .getMany();
    return rows.map(toReview);
  }

  /** The author is the signed-in person, writing for a gemeente they act for in the directors' meeting. */
  write(viewer: Viewer, input: WriteReviewInput): Promise<Review> {
    const authorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        authorId,
        input.idempotencyKey,
        'writeReview',
        async () => {
          const item = await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.agendaItemId);
          await viewer.findReadable(manager, 'Municipality', input.municipalityId);
          await requireParticipating(manager, item.organisationId, [input.municipalityId], 'municipalityId');
          const candidate = {
            organisationId: item.organisationId,
            agendaItemId: item.id,
            bodyId: item.bodyId,
            authorId,
            municipalityId: input.municipalityId,
            visibility: input.visibility,
            text: input.text,
          };
          viewer.authorizeNew('Review', candidate);
          await requireBeforeMeeting(manager, item.meetingId);
          const entity = await manager.save(manager.create(ReviewEntity, candidate));
          await this.audit.record(manager, {
            organisationId: entity.organisationId,
            actorId: authorId,
            action: 'writeReview',
            subjectType: 'Review',
            subjectId: entity.id,
            details: {
              agendaItemId: item.id,
              municipalityId: entity.municipalityId,
              visibility: entity.visibility,
            },
          });
          return toReview(entity);
        },
        async (id) => toReview(await manager.findOneByOrFail(ReviewEntity, { id })),
      ),
    );
    return publishAfter(work, async (review) => {
      const [item]: { meeting_id: string }[] = await this.dataSource.query(
        'SELECT meeting_id FROM agenda_item WHERE id = $1',
        [review.agendaItemId],
      );
      if (item) this.live.reviewWritten({ meetingId: item.meeting_id, reviewId: review.id });
    });
  }

  update(viewer: Viewer, input: UpdateReviewInput): Promise<Review> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const current = viewer.authorize(
        'update',
        'Review',
        await viewer.findReadable<ReviewEntity>(manager, 'Review', input.id),
      );
      await requireBeforeMeetingOfItem(manager, current.agendaItemId);
      await updateVersioned(manager, ReviewEntity, 'the review', current.id, input.expectedVersion, {
        text: input.text,
        visibility: input.visibility,
      });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'updateReview',
        subjectType: 'Review',
        subjectId: current.id,
        details: { visibility: input.visibility ?? current.visibility },
      });
      return toReview(await manager.findOneByOrFail(ReviewEntity, { id: current.id }));
    });
    return publishAfter(work, async (review) => {
      const [item]: { meeting_id: string }[] = await this.dataSource.query(
        'SELECT meeting_id FROM agenda_item WHERE id = $1',
        [review.agendaItemId],
      );
      if (item) this.live.reviewWritten({ meetingId: item.meeting_id, reviewId: review.id });
    });
  }

  /** Answers the id of the removed review. */
  delete(viewer: Viewer, input: DeleteReviewInput): Promise<string> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const current = viewer.authorize(
        'delete',
        'Review',
        await viewer.findReadable<ReviewEntity>(manager, 'Review', input.id),
      );
      await requireBeforeMeetingOfItem(manager, current.agendaItemId);
      await manager.delete(ReviewEntity, { id: current.id });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'deleteReview',
        subjectType: 'Review',
        subjectId: current.id,
        details: { agendaItemId: current.agendaItemId, municipalityId: current.municipalityId },
      });
      return current.id;
    });
  }
}

/** Reviews prepare a meeting: once it has started, what was noted stays as it was. */
async function requireBeforeMeeting(manager: EntityManager, meetingId: string): Promise<void> {
  const meeting = await manager.findOneByOrFail(MeetingEntity, { id: meetingId });
  if (meeting.startsAt.getTime() <= Date.now()) {
    throw conflict('reviews can no longer be changed: the meeting has started');
  }
}

async function requireBeforeMeetingOfItem(manager: EntityManager, agendaItemId: string): Promise<void> {
  const item = await manager.findOneByOrFail(AgendaItemEntity, { id: agendaItemId });
  await requireBeforeMeeting(manager, item.meetingId);
}
