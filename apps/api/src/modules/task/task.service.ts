import { TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, notFound } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { BodyEntity } from '../body/body.entity';
import { DecisionEntity } from '../decision/decision.entity';
import { updateVersioned } from '../../database/versioned-update';
import { requireAll, requireParticipating, requireRow } from '../../database/references';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import type { CreateTaskInput } from './dto/create-task.input';
import type { TasksArgs } from './dto/tasks.args';
import type { UpdateTaskStatusInput } from './dto/update-task-status.input';
import { ACTIVE_TASK_STATUSES } from './task-lateness';
import { TaskEntity } from './task.entity';
import { toTask } from './task.mapper';
import type { Task, TaskSummary } from './task.model';

@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Task> {
    const entity = await this.dataSource.getRepository(TaskEntity).findOneBy({ id });
    if (!entity) throw notFound('Task');
    return toTask(entity);
  }

  /** By due day, then id. */
  list(args: TasksArgs): Promise<ConnectionShape<Task>> {
    const query = this.dataSource.getRepository(TaskEntity).createQueryBuilder('task');
    if (args.municipalityId) {
      query.andWhere('task.municipality_id = :municipalityId', { municipalityId: args.municipalityId });
    }
    if (args.organisationId) {
      query.andWhere('task.organisation_id = :organisationId', { organisationId: args.organisationId });
    }
    if (args.status?.length) query.andWhere('task.status IN (:...statuses)', { statuses: args.status });
    if (args.dueBefore) query.andWhere('task.due_on < :dueBefore', { dueBefore: args.dueBefore });
    if (args.dueAfter) query.andWhere('task.due_on > :dueAfter', { dueAfter: args.dueAfter });
    if (args.late !== undefined && args.late !== null) {
      const late = '(task.due_on < :today AND task.status IN (:...active))';
      query.andWhere(args.late ? late : `NOT ${late}`, {
        today: todayInNetherlands(),
        active: ACTIVE_TASK_STATUSES,
      });
    }
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'task.due_on', value: (row: TaskEntity) => row.dueOn }],
        idColumn: 'task.id',
        direction: 'ASC',
      },
      toTask,
    );
  }

  /** What a gemeente has to do, in one statement. */
  async summary(municipalityId: string): Promise<TaskSummary> {
    const rows: TaskSummary[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'OPEN')::int AS "open",
              count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS "inProgress",
              count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_on < $2)::int AS "late",
              count(*) FILTER (WHERE status = 'DONE')::int AS "done"
         FROM task WHERE municipality_id = $1`,
      [municipalityId, todayInNetherlands()],
    );
    return rows[0] ?? { open: 0, inProgress: 0, late: 0, done: 0 };
  }

  create(input: CreateTaskInput): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const forOrganisation = input.forOrganisation ?? false;
      if (forOrganisation === Boolean(input.municipalityId)) {
        throw badUserInput('a task is for one gemeente or for the organisation', [
          { field: 'municipalityId', message: 'give either a gemeente or forOrganisation: true, not both' },
        ]);
      }
      await requireRow(manager, OrganisationEntity, input.organisationId, 'Organisation');
      if (input.municipalityId) {
        await requireParticipating(manager, input.organisationId, input.municipalityId, 'municipalityId');
      }
      await requireParticipating(
        manager,
        input.organisationId,
        input.requestedByMunicipalityIds ?? [],
        'requestedByMunicipalityIds',
      );
      await requireAll(manager, 'person', [input.createdById], 'Person');
      if (input.assigneeId) await requireAll(manager, 'person', [input.assigneeId], 'Person');
      let bodyId = input.bodyId ?? null;
      if (input.decisionId) {
        const decision = await requireRow(manager, DecisionEntity, input.decisionId, 'Decision');
        if (decision.organisationId !== input.organisationId) throw notFound('Decision');
        bodyId ??= decision.bodyId;
      }
      if (input.agendaItemId) {
        const item = await requireRow(manager, AgendaItemEntity, input.agendaItemId, 'AgendaItem');
        if (item.organisationId !== input.organisationId) throw notFound('AgendaItem');
      }
      if (input.bodyId) {
        const body = await requireRow(manager, BodyEntity, input.bodyId, 'Body');
        if (body.organisationId !== input.organisationId) throw notFound('Body');
      }
      const entity = await manager.save(
        manager.create(TaskEntity, {
          organisationId: input.organisationId,
          municipalityId: input.municipalityId ?? null,
          forOrganisation,
          assigneeId: input.assigneeId ?? null,
          title: input.title,
          description: input.description ?? null,
          dueOn: input.dueOn,
          status: TaskStatus.OPEN,
          origin: input.origin,
          decisionId: input.decisionId ?? null,
          agendaItemId: input.agendaItemId ?? null,
          bodyId,
          requestedByMunicipalityIds: [...new Set(input.requestedByMunicipalityIds ?? [])],
          confidentiality: input.confidentiality,
          createdById: input.createdById,
          completedAt: null,
          completedById: null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'createTask',
        subjectType: 'Task',
        subjectId: entity.id,
        details: { municipalityId: entity.municipalityId, dueOn: entity.dueOn, origin: entity.origin },
      });
      return toTask(entity);
    });
  }

  /** DONE records when and by whom; leaving DONE clears both. */
  updateStatus(input: UpdateTaskStatusInput): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const before = await requireRow(manager, TaskEntity, input.id, 'Task');
      const done = input.status === TaskStatus.DONE;
      if (!done && input.completedById) {
        throw badUserInput('completedById belongs to a DONE status', [
          { field: 'completedById', message: 'may only be given with status DONE' },
        ]);
      }
      if (input.completedById) await requireAll(manager, 'person', [input.completedById], 'Person');
      await updateVersioned(manager, TaskEntity, 'Task', input.id, input.expectedVersion, {
        status: input.status,
        completedAt: done ? () => 'now()' : null,
        completedById: done ? (input.completedById ?? null) : null,
      });
      const entity = await requireRow(manager, TaskEntity, input.id, 'Task');
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'updateTaskStatus',
        subjectType: 'Task',
        subjectId: entity.id,
        details: { from: before.status, to: entity.status },
      });
      return toTask(entity);
    });
  }
}
