import {
  Confidentiality,
  DecisionOutcome,
  MembershipRole,
  TaskOrigin,
  TaskStatus,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { requireParticipating } from '../../database/references';
import { badUserInput, conflict, forbidden } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { DecisionEntity } from '../decision/decision.entity';
import type { AssignFollowUpTasksInput } from './dto/assign-follow-up-tasks.input';
import { TaskEntity } from './task.entity';
import { toTask } from './task.mapper';
import type { Task } from './task.model';

const ADOPTED: readonly DecisionOutcome[] = [DecisionOutcome.ADOPTED, DecisionOutcome.ADOPTED_AMENDED];

/**
 * The director turns an adopted decision into work: a task per gemeente, or one joint task for the organisation
 * that the named gemeenten asked for (Noaberkracht). Assigning again with the same title gives the same tasks.
 */
@Injectable()
export class FollowUpTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  assign(viewer: Viewer, input: AssignFollowUpTasksInput): Promise<Task[]> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const decision = await viewer.findReadable<DecisionEntity>(manager, 'Decision', input.decisionId);
      const directs = viewer.actor.memberships.some(
        (m) => m.organisationId === decision.organisationId && m.role === MembershipRole.DIRECTOR,
      );
      if (!directs) {
        throw forbidden("only the organisation's director assigns follow-up tasks");
      }
      checkFollowable(decision, input.municipalityIds);
      await requireParticipating(manager, decision.organisationId, input.municipalityIds, 'municipalityIds');
      // serialises concurrent assignments of one decision, so the existence check below cannot race
      await manager.query('SELECT id FROM decision WHERE id = $1 FOR UPDATE', [decision.id]);
      const gemeenten = [...new Set(input.municipalityIds)];
      const wanted = input.forOrganisation ? [null] : gemeenten;
      const tasks: Task[] = [];
      for (const municipalityId of wanted) {
        const existing = await manager.findOneBy(TaskEntity, {
          decisionId: decision.id,
          title: input.title,
          municipalityId: municipalityId ?? IsNull(),
        });
        tasks.push(
          toTask(existing ?? (await this.create(manager, viewer, actorId, decision, input, municipalityId))),
        );
      }
      return tasks;
    });
  }

  private async create(
    manager: EntityManager,
    viewer: Viewer,
    actorId: string,
    decision: DecisionEntity,
    input: AssignFollowUpTasksInput,
    municipalityId: string | null,
  ): Promise<TaskEntity> {
    const row = manager.create(TaskEntity, {
      organisationId: decision.organisationId,
      municipalityId,
      forOrganisation: municipalityId === null,
      assigneeId: null,
      title: input.title,
      description: input.description ?? null,
      dueOn: input.dueOn,
      status: TaskStatus.OPEN,
      origin: municipalityId === null ? TaskOrigin.JOINT_ASSIGNMENT : TaskOrigin.DECISION,
      decisionId: decision.id,
      agendaItemId: decision.agendaItemId,
      bodyId: decision.bodyId,
      requestedByMunicipalityIds: municipalityId === null ? [...new Set(input.municipalityIds)] : [],
      confidentiality:
        decision.confidentiality === Confidentiality.PUBLIC
          ? Confidentiality.PUBLIC
          : Confidentiality.CONFIDENTIAL,
      createdById: actorId,
      completedAt: null,
      completedById: null,
    });
    viewer.authorizeNew('Task', row);
    const entity = await manager.save(row);
    await this.audit.record(manager, {
      organisationId: entity.organisationId,
      actorId,
      action: 'assignFollowUpTask',
      subjectType: 'Task',
      subjectId: entity.id,
      details: { decisionId: decision.id, municipalityId, requestedBy: entity.requestedByMunicipalityIds },
    });
    return entity;
  }
}

/**
 * Only an adopted decision has follow-up. A task is read by everyone acting for its gemeente, whatever its
 * confidentiality, so a secret decision gets none and a gemeente-limited one only for the gemeenten it is limited to.
 */
function checkFollowable(decision: DecisionEntity, municipalityIds: readonly string[]): void {
  if (!ADOPTED.includes(decision.outcome)) throw conflict('only an adopted decision gets follow-up tasks');
  if (decision.confidentiality === Confidentiality.SECRET || decision.secrecyId) {
    throw badUserInput('a decision under geheimhouding gets no follow-up tasks', [
      { field: 'decisionId', message: 'is under geheimhouding' },
    ]);
  }
  const scope = decision.municipalityScope;
  const outside = municipalityIds.filter((id) => scope.length > 0 && !scope.includes(id));
  if (outside.length > 0) {
    throw badUserInput('the decision concerns other gemeenten', [
      { field: 'municipalityIds', message: `not concerned by the decision: ${outside.join(', ')}` },
    ]);
  }
}
