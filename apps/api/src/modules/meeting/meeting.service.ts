import { idempotent } from '../../database/idempotent';
import { MeetingStatus } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { LiveEvents, publishAfter } from '../live/live-events.service';
import type { BodyEntity } from '../body/body.entity';
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
    private readonly live: LiveEvents,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Meeting> {
    return toMeeting(await viewer.findReadable<MeetingEntity>(this.dataSource.manager, 'Meeting', id));
  }

  /**
   * The body is only a filter, not checked for readability: a visitor may list a body's published openbaar
   * meetings without reading the body, and the meeting predicate alone decides what is shown.
   */
  list(viewer: Viewer, args: MeetingsArgs): Promise<ConnectionShape<Meeting>> {
    const visible = viewer.where('Meeting', 'meeting');
    const query = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.body_id = :bodyId', { bodyId: args.bodyId })
      .andWhere(visible.sql, visible.params);
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

  create(viewer: Viewer, input: CreateMeetingInput): Promise<Meeting> {
    const actorId = viewer.requirePersonId();
    requireEndAfterStart(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        actorId,
        input.idempotencyKey,
        'createMeeting',
        async () => {
          const body = await viewer.findReadable<BodyEntity>(manager, 'Body', input.bodyId);
          const candidate = manager.create(MeetingEntity, {
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
          });
          viewer.authorizeNew('Meeting', candidate);
          const entity = await manager.save(candidate);
          await this.audit.record(manager, {
            organisationId: entity.organisationId,
            actorId,
            action: 'createMeeting',
            subjectType: 'Meeting',
            subjectId: entity.id,
            details: { bodyId: entity.bodyId, startsAt: entity.startsAt.toISOString() },
          });
          return toMeeting(entity);
        },
        async (id) => toMeeting(await manager.findOneByOrFail(MeetingEntity, { id })),
      ),
    );
  }

  update(viewer: Viewer, input: UpdateMeetingInput): Promise<Meeting> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const current = await viewer.findReadable<MeetingEntity>(manager, 'Meeting', input.id);
      // before the rule check: the rule only allows open meetings, and CONFLICT says why a closed one stays
      requireMeetingOpen(current);
      viewer.authorize('update', 'Meeting', current);
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
        actorId,
        action: 'updateMeeting',
        subjectType: 'Meeting',
        subjectId: current.id,
        details: {
          changed: Object.keys(changes).filter((key) => input[key as keyof typeof changes] !== undefined),
        },
      });
      return toMeeting(await manager.findOneByOrFail(MeetingEntity, { id: input.id }));
    });
    return publishAfter(work, (meeting) =>
      this.live.agendaChanged({ meetingId: meeting.id, agendaItemId: null, kind: 'MEETING_CHANGED' }),
    );
  }
}
