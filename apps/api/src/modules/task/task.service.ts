import { idempotent } from '../../database/idempotent';
import type { SubjectName } from '@bestuurskracht/shared/authz';
import { TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { notFound, badUserInput } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { DecisionEntity } from '../decision/decision.entity';
import { updateVersioned } from '../../database/versioned-update';
import { requireParticipating, requireRow } from '../../database/references';
import type { CreateTaskInput } from './dto/create-task.input';
import type { TasksArgs } from './dto/tasks.args';
import type { UpdateTaskStatusInput } from './dto/update-task-status.input';
import { ACTIVE_TASK_STATUSES } from './task-lateness';
import type { TaskAssigneeWork } from './task-assignee-work.model';
import { TaskEntity } from './task.entity';
import { toTask } from './task.mapper';
import type { Task, TaskSummary } from './task.model';

@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Task> {
    return toTask(await viewer.findReadable<TaskEntity>(this.dataSource.manager, 'Task', id));
  }

  /** The tasks the viewer may read, by due day, then id. */
  list(viewer: Viewer, args: TasksArgs): Promise<ConnectionShape<Task>> {
    const visible = viewer.where('Task', 'task');
    const query = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('task')
      .where(visible.sql, visible.params);
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

  /** What a gemeente has to do, counting only the tasks the viewer may read, in one statement. */
  async summary(viewer: Viewer, municipalityId: string): Promise<TaskSummary> {
    const params: unknown[] = [municipalityId, todayInNetherlands()];
    const visible = viewer.whereRaw('Task', 'task', params);
    const rows: Omit<TaskSummary, 'municipalityId'>[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE task.status = 'OPEN')::int AS "open",
              count(*) FILTER (WHERE task.status = 'IN_PROGRESS')::int AS "inProgress",
              count(*) FILTER (WHERE task.status IN ('OPEN', 'IN_PROGRESS') AND task.due_on < $2)::int AS "late",
              count(*) FILTER (WHERE task.status = 'DONE')::int AS "done"
         FROM task task WHERE task.municipality_id = $1 AND ${visible}`,
      params,
    );
    return { ...(rows[0] ?? { open: 0, inProgress: 0, late: 0, done: 0 }), municipalityId };
  }

  /** Who does what for a gemeente: its tasks the viewer may read, not cancelled, grouped by assignee. */
  async byAssignee(viewer: Viewer, municipalityId: string): Promise<TaskAssigneeWork[]> {
    const visible = viewer.where('Task', 'task');
    const rows = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('task')
      .where(visible.sql, visible.params)
      .andWhere('task.municipality_id = :municipalityId', { municipalityId })
      .andWhere('task.status <> :cancelled', { cancelled: TaskStatus.CANCELLED })
      .orderBy('task.assignee_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('task.due_on', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .getMany();
    const groups = new Map<string | null, TaskAssigneeWork>();
    for (const task of rows.map(toTask)) {
      let work = groups.get(task.assigneeId);
      if (!work) {
        work = { assigneeId: task.assigneeId, open: 0, late: 0, done: 0, tasks: [] };
        groups.set(task.assigneeId, work);
      }
      if (task.status === TaskStatus.DONE) {
        work.done += 1;
        continue;
      }
      work.open += 1;
      if (task.late) work.late += 1;
      work.tasks.push(task);
    }
    return [...groups.values()];
  }

  /** The creator is the signed-in person; every id named must be a record they may read. */
  create(viewer: Viewer, input: CreateTaskInput): Promise<Task> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        actorId,
        input.idempotencyKey,
        'createTask',
        async () => {
          const forOrganisation = input.forOrganisation ?? false;
          if (forOrganisation === Boolean(input.municipalityId)) {
            throw badUserInput('a task is for one gemeente or for the organisation', [
              {
                field: 'municipalityId',
                message: 'give either a gemeente or forOrganisation: true, not both',
              },
            ]);
          }
          await viewer.findReadable(manager, 'Organisation', input.organisationId);
          if (input.municipalityId) {
            await requireParticipating(manager, input.organisationId, input.municipalityId, 'municipalityId');
          }
          await requireParticipating(
            manager,
            input.organisationId,
            input.requestedByMunicipalityIds ?? [],
            'requestedByMunicipalityIds',
          );
          if (input.assigneeId) await viewer.findReadable(manager, 'Person', input.assigneeId);
          let bodyId = input.bodyId ?? null;
          if (input.decisionId) {
            const decision = await readableInOrganisation<DecisionEntity>(
              manager,
              viewer,
              'Decision',
              input.decisionId,
              input.organisationId,
            );
            bodyId ??= decision.bodyId;
          }
          if (input.agendaItemId) {
            await readableInOrganisation(
              manager,
              viewer,
              'AgendaItem',
              input.agendaItemId,
              input.organisationId,
            );
          }
          if (input.bodyId) {
            await readableInOrganisation(manager, viewer, 'Body', input.bodyId, input.organisationId);
          }
          const row = manager.create(TaskEntity, {
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
            createdById: actorId,
            completedAt: null,
            completedById: null,
          });
          viewer.authorizeNew('Task', row);
          const entity = await manager.save(row);
          await this.audit.record(manager, {
            organisationId: entity.organisationId,
            actorId,
            action: 'createTask',
            subjectType: 'Task',
            subjectId: entity.id,
            details: { municipalityId: entity.municipalityId, dueOn: entity.dueOn, origin: entity.origin },
          });
          return toTask(entity);
        },
        async (id) => toTask(await manager.findOneByOrFail(TaskEntity, { id })),
      ),
    );
  }

  /** DONE records when, and the signed-in person as who completed it; leaving DONE clears both. */
  updateStatus(viewer: Viewer, input: UpdateTaskStatusInput): Promise<Task> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const before = viewer.authorize(
        'update',
        'Task',
        await viewer.findReadable<TaskEntity>(manager, 'Task', input.id),
      );
      const done = input.status === TaskStatus.DONE;
      await updateVersioned(manager, TaskEntity, 'Task', input.id, input.expectedVersion, {
        status: input.status,
        completedAt: done ? () => 'now()' : null,
        completedById: done ? actorId : null,
      });
      const entity = await requireRow(manager, TaskEntity, input.id, 'Task');
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'updateTaskStatus',
        subjectType: 'Task',
        subjectId: entity.id,
        details: { from: before.status, to: entity.status },
      });
      return toTask(entity);
    });
  }
}

/** A record named in the input: NOT_FOUND unless the viewer may read it and it belongs to the organisation. */
async function readableInOrganisation<E extends ObjectLiteral & { organisationId: string }>(
  manager: EntityManager,
  viewer: Viewer,
  subject: SubjectName,
  id: string,
  organisationId: string,
): Promise<E> {
  const row = await viewer.findReadable<E>(manager, subject, id);
  if (row.organisationId !== organisationId) throw notFound(subject);
  return row;
}
