import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import { requireParticipating, requirePerson } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import { MunicipalityEntity } from '../organisation/municipality.entity';
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
  ) {}

  async get(id: string): Promise<Review> {
    const entity = await this.dataSource.getRepository(ReviewEntity).findOneBy({ id });
    if (!entity) throw notFound('Review');
    return toReview(entity);
  }

  /** The reviews of one agenda item, oldest first; NOT_FOUND when the item does not exist. */
  async list(args: ReviewsArgs): Promise<Review[]> {
    if (!(await this.dataSource.getRepository(AgendaItemEntity).existsBy({ id: args.agendaItemId }))) {
      throw notFound('AgendaItem');
    }
    const rows = await this.dataSource
      .getRepository(ReviewEntity)
      .find({ where: { agendaItemId: args.agendaItemId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toReview);
  }

  write(input: WriteReviewInput): Promise<Review> {
    return this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItemEntity, { id: input.agendaItemId });
      if (!item) throw notFound('AgendaItem');
      await requireBeforeMeeting(manager, item.meetingId);
      await requirePerson(manager, input.authorId);
      if (!(await manager.existsBy(MunicipalityEntity, { id: input.municipalityId }))) {
        throw notFound('Municipality');
      }
      await requireParticipating(manager, item.organisationId, [input.municipalityId], 'municipalityId');
      const entity = await manager.save(
        manager.create(ReviewEntity, {
          organisationId: item.organisationId,
          agendaItemId: item.id,
          bodyId: item.bodyId,
          authorId: input.authorId,
          municipalityId: input.municipalityId,
          visibility: input.visibility,
          text: input.text,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
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
    });
  }

  update(input: UpdateReviewInput): Promise<Review> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(ReviewEntity, { id: input.id });
      if (!current) throw notFound('Review');
      await requireBeforeMeetingOfItem(manager, current.agendaItemId);
      await updateVersioned(manager, ReviewEntity, 'the review', current.id, input.expectedVersion, {
        text: input.text,
        visibility: input.visibility,
      });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId: null,
        action: 'updateReview',
        subjectType: 'Review',
        subjectId: current.id,
        details: { visibility: input.visibility ?? current.visibility },
      });
      return toReview(await manager.findOneByOrFail(ReviewEntity, { id: current.id }));
    });
  }

  /** Answers the id of the removed review. */
  delete(input: DeleteReviewInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(ReviewEntity, { id: input.id });
      if (!current) throw notFound('Review');
      await requireBeforeMeetingOfItem(manager, current.agendaItemId);
      await manager.delete(ReviewEntity, { id: current.id });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId: null,
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
