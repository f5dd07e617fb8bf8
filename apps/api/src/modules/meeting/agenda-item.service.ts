import { BodyKind, Confidentiality, ProposalState } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { requireParticipating } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import { badUserInput, conflict, notFound } from '../../graphql/errors';
import { AdviceEntity } from '../advice/advice.entity';
import { AuditService } from '../audit/audit.service';
import { LiveEvents, publishAfter } from '../live/live-events.service';
import type { ServiceAreaEntity } from '../organisation/service-area.entity';
import { ProposalEntity } from '../proposal/proposal.entity';
import { BodyEntity } from '../body/body.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaItem } from './agenda-item.mapper';
import type { AgendaItem } from './agenda-item.model';
import type { AddAgendaItemInput } from './dto/add-agenda-item.input';
import type { MoveAgendaItemInput } from './dto/move-agenda-item.input';
import type { RemoveAgendaItemInput } from './dto/remove-agenda-item.input';
import type { UpdateAgendaItemInput } from './dto/update-agenda-item.input';
import { MeetingEntity } from './meeting.entity';
import { toMeeting } from './meeting.mapper';
import type { Meeting } from './meeting.model';
import { requireMeetingOpen } from './meeting.service';

/** What may point at an agenda item; an item that is referenced is part of the record and stays. */
const REFERENCES = [
  { table: 'advice', label: 'advice' },
  { table: 'decision', label: 'a decision' },
  { table: 'review', label: 'reviews' },
  { table: 'document', label: 'documents' },
  { table: 'task', label: 'tasks' },
  { table: 'conflict_of_interest', label: 'declared conflicts of interest' },
] as const;

@Injectable()
export class AgendaItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  async get(viewer: Viewer, id: string): Promise<AgendaItem> {
    return toAgendaItem(
      await viewer.findReadable<AgendaItemEntity>(this.dataSource.manager, 'AgendaItem', id),
    );
  }

  add(viewer: Viewer, input: AddAgendaItemInput): Promise<AgendaItem> {
    const work = this.dataSource.transaction(async (manager) =>
      toAgendaItem(await this.addWithin(viewer, manager, input)),
    );
    return publishAfter(work, (item) =>
      this.live.agendaChanged({ meetingId: item.meetingId, agendaItemId: item.id, kind: 'ITEM_ADDED' }),
    );
  }

  /**
   * Appended after the last item, inside the caller's transaction; the meeting row is locked so concurrent additions
   * get distinct positions. A board decides only on what a committee has advised on.
   */
  async addWithin(
    viewer: Viewer,
    manager: EntityManager,
    input: AddAgendaItemInput & { secrecyId?: string | null },
    /** false when the caller has authorized the addition itself (a proposal submitted to its committee) */
    asOrganiser = true,
  ): Promise<AgendaItemEntity> {
    const actorId = viewer.requirePersonId();
    await viewer.findReadable(manager, 'Meeting', input.meetingId);
    const meeting = await lockMeeting(manager, input.meetingId);
    requireMeetingOpen(meeting);
    const candidate = manager.create(AgendaItemEntity, {
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      bodyId: meeting.bodyId,
      title: input.title,
      description: input.description ?? null,
      purpose: input.purpose,
      handling: input.handling,
      proposalId: input.proposalId ?? null,
      sourceAgendaItemId: input.sourceAgendaItemId ?? null,
      serviceAreaId: input.serviceAreaId ?? null,
      municipalityScope: input.municipalityScope ?? [],
      confidentiality: input.confidentiality,
      secrecyId: input.secrecyId ?? null,
    });
    if (asOrganiser) viewer.authorizeNew('AgendaItem', candidate);
    await requireReferences(viewer, manager, meeting.organisationId, input);
    if (candidate.proposalId) await requireAdvisedForBoard(manager, meeting, candidate.proposalId);
    if (input.sourceAgendaItemId) {
      const source = await viewer.findReadable<AgendaItemEntity>(
        manager,
        'AgendaItem',
        input.sourceAgendaItemId,
      );
      if (source.organisationId !== meeting.organisationId) {
        throw badUserInput('sourceAgendaItemId belongs to another organisation', [
          { field: 'sourceAgendaItemId', message: 'must be an agenda item of the same organisation' },
        ]);
      }
      if (source.meetingId === meeting.id) {
        throw badUserInput('an item cannot be forwarded within its own meeting', [
          { field: 'sourceAgendaItemId', message: 'must be an item of another meeting' },
        ]);
      }
    }
    const [{ next }]: { next: number }[] = await manager.query(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
      [meeting.id],
    );
    const entity = await manager.save(Object.assign(candidate, { position: next }));
    await this.audit.record(manager, {
      organisationId: entity.organisationId,
      actorId,
      action: 'addAgendaItem',
      subjectType: 'AgendaItem',
      subjectId: entity.id,
      details: { meetingId: meeting.id, position: entity.position, proposalId: entity.proposalId },
    });
    return entity;
  }

  update(viewer: Viewer, input: UpdateAgendaItemInput): Promise<AgendaItem> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const current = viewer.authorize(
        'update',
        'AgendaItem',
        await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.id),
      );
      requireMeetingOpen(await manager.findOneByOrFail(MeetingEntity, { id: current.meetingId }));
      await requireReferences(viewer, manager, current.organisationId, input);
      if (
        input.confidentiality !== undefined &&
        input.confidentiality !== current.confidentiality &&
        current.confidentiality === Confidentiality.SECRET
      ) {
        throw conflict('the item is under geheimhouding, which is lifted separately');
      }
      const changesAdvisedSubject =
        (input.purpose !== undefined && input.purpose !== current.purpose) ||
        (input.proposalId !== undefined && input.proposalId !== current.proposalId);
      if (changesAdvisedSubject && (await manager.existsBy(AdviceEntity, { agendaItemId: current.id }))) {
        throw conflict('the item has an advice, so its purpose and proposal can no longer change');
      }
      const changes = {
        title: input.title,
        description: input.description,
        purpose: input.purpose,
        handling: input.handling,
        proposalId: input.proposalId,
        serviceAreaId: input.serviceAreaId,
        municipalityScope: input.municipalityScope,
        confidentiality: input.confidentiality,
      };
      await updateVersioned(
        manager,
        AgendaItemEntity,
        'the agenda item',
        input.id,
        input.expectedVersion,
        changes,
      );
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'updateAgendaItem',
        subjectType: 'AgendaItem',
        subjectId: current.id,
        details: {
          changed: Object.keys(changes).filter((key) => input[key as keyof typeof changes] !== undefined),
        },
      });
      return toAgendaItem(await manager.findOneByOrFail(AgendaItemEntity, { id: input.id }));
    });
    return publishAfter(work, (item) =>
      this.live.agendaChanged({ meetingId: item.meetingId, agendaItemId: item.id, kind: 'ITEM_CHANGED' }),
    );
  }

  /** Shifts the items in between by one; the deferred unique (meeting, position) is checked at commit. */
  move(viewer: Viewer, input: MoveAgendaItemInput): Promise<Meeting> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const item = viewer.authorize(
        'update',
        'AgendaItem',
        await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.id),
      );
      const meeting = await lockMeeting(manager, item.meetingId);
      requireMeetingOpen(meeting);
      if (meeting.sequence !== input.expectedAgendaVersion) {
        throw conflict(
          `the agenda changed since it was read (agendaVersion ${meeting.sequence}, expected ` +
            `${input.expectedAgendaVersion}): read it again and repeat the move`,
        );
      }
      const from = (await manager.findOneByOrFail(AgendaItemEntity, { id: input.id })).position;
      const count = await manager.countBy(AgendaItemEntity, { meetingId: meeting.id });
      if (input.position > count) {
        throw badUserInput(`position must be between 1 and ${count}`, [
          { field: 'position', message: `must be between 1 and ${count}, the number of items` },
        ]);
      }
      if (input.position < from) {
        await manager.query(
          `UPDATE agenda_item SET position = position + 1
            WHERE meeting_id = $1 AND position >= $2 AND position < $3`,
          [meeting.id, input.position, from],
        );
      } else if (input.position > from) {
        await manager.query(
          `UPDATE agenda_item SET position = position - 1
            WHERE meeting_id = $1 AND position > $2 AND position <= $3`,
          [meeting.id, from, input.position],
        );
      }
      await manager.query(`UPDATE agenda_item SET position = $2 WHERE id = $1`, [item.id, input.position]);
      await this.audit.record(manager, {
        organisationId: item.organisationId,
        actorId,
        action: 'moveAgendaItem',
        subjectType: 'AgendaItem',
        subjectId: item.id,
        details: { from, to: input.position },
      });
      return toMeeting(meeting);
    });
    return publishAfter(work, (meeting) =>
      this.live.agendaChanged({ meetingId: meeting.id, agendaItemId: input.id, kind: 'ITEM_CHANGED' }),
    );
  }

  /** Only an item nothing refers to; the items after it move up one place. */
  remove(viewer: Viewer, input: RemoveAgendaItemInput): Promise<Meeting> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const item = viewer.authorize(
        'delete',
        'AgendaItem',
        await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.id),
      );
      const meeting = await lockMeeting(manager, item.meetingId);
      requireMeetingOpen(meeting);
      const referencedBy = await this.referencesTo(manager, item.id);
      if (referencedBy.length > 0) {
        throw conflict(`the agenda item cannot be removed: it has ${referencedBy.join(', ')}`);
      }
      await manager.delete(AgendaItemEntity, { id: item.id });
      await manager.query(
        `UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2`,
        [meeting.id, item.position],
      );
      await this.audit.record(manager, {
        organisationId: item.organisationId,
        actorId,
        action: 'removeAgendaItem',
        subjectType: 'AgendaItem',
        subjectId: item.id,
        details: { meetingId: meeting.id, title: item.title, position: item.position },
      });
      return toMeeting(meeting);
    });
    return publishAfter(work, (meeting) =>
      this.live.agendaChanged({ meetingId: meeting.id, agendaItemId: input.id, kind: 'ITEM_REMOVED' }),
    );
  }

  private async referencesTo(manager: EntityManager, id: string): Promise<string[]> {
    const checks = [
      ...REFERENCES.map(({ table, label }) => ({
        sql: `SELECT 1 FROM ${table} WHERE agenda_item_id = $1`,
        label,
      })),
      { sql: `SELECT 1 FROM agenda_item WHERE source_agenda_item_id = $1`, label: 'items forwarded from it' },
    ];
    const [row]: Record<string, boolean>[] = await manager.query(
      `SELECT ${checks.map((check, index) => `EXISTS (${check.sql}) AS c${index}`).join(', ')}`,
      [id],
    );
    return checks.filter((_check, index) => row[`c${index}`]).map((check) => check.label);
  }
}

/** The ids an item refers to must be records the person may read, in the meeting's organisation. */
async function requireReferences(
  viewer: Viewer,
  manager: EntityManager,
  organisationId: string,
  input: { proposalId?: string | null; serviceAreaId?: string | null; municipalityScope?: string[] | null },
): Promise<void> {
  if (input.proposalId) {
    const proposal = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId);
    if (proposal.organisationId !== organisationId) {
      throw badUserInput('proposalId belongs to another organisation', [
        { field: 'proposalId', message: 'must be a proposal of the meeting’s organisation' },
      ]);
    }
  }
  if (input.serviceAreaId) {
    const serviceArea = await viewer.findReadable<ServiceAreaEntity>(
      manager,
      'ServiceArea',
      input.serviceAreaId,
    );
    if (serviceArea.organisationId !== organisationId) {
      throw badUserInput('serviceAreaId belongs to another organisation', [
        { field: 'serviceAreaId', message: 'must be a service area of the meeting’s organisation' },
      ]);
    }
  }
  await requireParticipating(manager, organisationId, input.municipalityScope ?? [], 'municipalityScope');
}

const DECIDING_BOARDS: readonly BodyKind[] = [BodyKind.EXECUTIVE_BOARD, BodyKind.GENERAL_BOARD];
const READY_FOR_BOARD: readonly ProposalState[] = [
  ProposalState.ADVISED,
  ProposalState.REVIEWED_BY_DIRECTORS,
];

async function requireAdvisedForBoard(
  manager: EntityManager,
  meeting: MeetingEntity,
  proposalId: string,
): Promise<void> {
  const body = await manager.findOneByOrFail(BodyEntity, { id: meeting.bodyId });
  if (!DECIDING_BOARDS.includes(body.kind)) return;
  const proposal = await manager.findOneByOrFail(ProposalEntity, { id: proposalId });
  if (!READY_FOR_BOARD.includes(proposal.state)) {
    throw badUserInput(`a proposal that is ${proposal.state} cannot go on a board's agenda`, [
      {
        field: 'proposalId',
        message: 'must be advised by a committee first (ADVISED or REVIEWED_BY_DIRECTORS)',
      },
    ]);
  }
}

async function lockMeeting(manager: EntityManager, id: string): Promise<MeetingEntity> {
  const meeting = await manager
    .getRepository(MeetingEntity)
    .createQueryBuilder('meeting')
    .setLock('pessimistic_write')
    .where('meeting.id = :id', { id })
    .getOne();
  if (!meeting) throw notFound('Meeting');
  return meeting;
}
