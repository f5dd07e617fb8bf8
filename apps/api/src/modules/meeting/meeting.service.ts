import { MeetingStatus } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, conflict, notFound } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { BodyEntity } from '../body/body.entity';
import type { CreateMeetingInput } from './dto/create-meeting.input';
import type { MeetingsArgs } from './dto/meetings.args';
import type { UpdateMeetingInput } from './dto/update-meeting.input';
import { MeetingEntity } from './meeting.entity';
import { toMeeting } from './meeting.mapper';
import type { Meeting } from './meeting.model';
import { updateVersioned } from '../../database/versioned-update';

/** A closed or cancelled meeting is history: neither it nor its agenda changes any more. */
export function requireMeetingOpen(meeting: MeetingEntity): void {
  if (meeting.status === MeetingStatus.CLOSED || meeting.status === MeetingStatus.CANCELLED) {
    throw conflict(`the meeting is ${meeting.status.toLowerCase()} and can no longer be changed`);
  }
}

function requireEndAfterStart(startsAt: Date, endsAt: Date | null | undefined): void {
  if (endsAt && endsAt.getTime() <= startsAt.getTime()) {
    throw badUserInput('endsAt must be after startsAt', [
      { field: 'endsAt', message: 'must be after startsAt' },
    ]);
  }
}

@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Meeting> {
    const entity = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id });
    if (!entity) throw notFound('Meeting');
    return toMeeting(entity);
  }

  list(args: MeetingsArgs): Promise<ConnectionShape<Meeting>> {
    const query = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.body_id = :bodyId', { bodyId: args.bodyId });
    if (args.from) query.andWhere('meeting.starts_at >= :from', { from: args.from });
    if (args.to) query.andWhere('meeting.starts_at < :to', { to: args.to });
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'meeting.starts_at', value: (row: MeetingEntity) => row.startsAt }],
        idColumn: 'meeting.id',
        direction: 'ASC',
      },
      toMeeting,
    );
  }

  create(input: CreateMeetingInput): Promise<Meeting> {
    requireEndAfterStart(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const body = await manager.findOneBy(BodyEntity, { id: input.bodyId });
      if (!body) throw notFound('Body');
      const entity = await manager.save(
        manager.create(MeetingEntity, {
          organisationId: body.organisationId,
          bodyId: body.id,
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt ?? null,
          location: input.location ?? null,
          status: MeetingStatus.PLANNED,
          confidentiality: input.confidentiality,
          secrecyId: null,
          agendaPublishedAt: null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'createMeeting',
        subjectType: 'Meeting',
        subjectId: entity.id,
        details: { bodyId: entity.bodyId, startsAt: entity.startsAt.toISOString() },
      });
      return toMeeting(entity);
    });
  }

  update(input: UpdateMeetingInput): Promise<Meeting> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(MeetingEntity, { id: input.id });
      if (!current) throw notFound('Meeting');
      requireMeetingOpen(current);
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt === undefined ? current.endsAt : input.endsAt;
      requireEndAfterStart(startsAt, endsAt);
      const changes = {
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location,
      };
      await updateVersioned(manager, MeetingEntity, 'the meeting', input.id, input.expectedVersion, changes);
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId: null,
        action: 'updateMeeting',
        subjectType: 'Meeting',
        subjectId: current.id,
        details: {
          changed: Object.keys(changes).filter((key) => input[key as keyof typeof changes] !== undefined),
        },
      });
      return toMeeting(await manager.findOneByOrFail(MeetingEntity, { id: input.id }));
    });
  }
}
