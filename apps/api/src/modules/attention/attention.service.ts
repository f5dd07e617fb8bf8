import {
  AdviceStatus,
  CouncilViewProcedureStatus,
  MeetingStatus,
  todayInNetherlands,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { AdviceEntity } from '../advice/advice.entity';
import { toAdvice } from '../advice/advice.mapper';
import { CouncilViewProcedureEntity } from '../council-view/council-view-procedure.entity';
import { toCouncilViewProcedure } from '../council-view/council-view.mapper';
import { MeetingEntity } from '../meeting/meeting.entity';
import { toMeeting } from '../meeting/meeting.mapper';
import { TaskEntity } from '../task/task.entity';
import { toTask } from '../task/task.mapper';
import { ACTIVE_TASK_STATUSES } from '../task/task-lateness';
import type { AgendaToReview, Attention } from './attention.model';

const TASK_HORIZON_DAYS = 14;
const PUBLISH_HORIZON_DAYS = 21;
const MAX_TASKS = 20;
/** Candidates read before the per-row check of who may adopt or publish; far more than anyone has open. */
const MAX_CANDIDATES = 100;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The home page's "what needs my attention": each part is one query filtered by the same visibility predicate
 * as the lists, and, where the question is "may I act on it", by the same rule the mutation applies.
 */
@Injectable()
export class AttentionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forViewer(viewer: Viewer): Promise<Attention> {
    const [agendasToReview, advicesToAdopt, agendasToPublish, tasks, councilViewProcedures] =
      await Promise.all([
        this.agendasToReview(viewer),
        this.advicesToAdopt(viewer),
        this.agendasToPublish(viewer),
        this.tasks(viewer),
        this.councilViewProcedures(viewer),
      ]);
    return { agendasToReview, advicesToAdopt, agendasToPublish, tasks, councilViewProcedures };
  }

  private reviewingMunicipalityIds(viewer: Viewer): string[] {
    const reviewed = new Set(viewer.actor.reviewedBodyIds);
    return [
      ...new Set(
        viewer.actor.memberships
          .filter((m) => m.bodyId && reviewed.has(m.bodyId) && m.municipalityId)
          .map((m) => m.municipalityId as string),
      ),
    ];
  }

  private async agendasToReview(viewer: Viewer): Promise<AgendaToReview[]> {
    const municipalityIds = this.reviewingMunicipalityIds(viewer);
    if (municipalityIds.length === 0) return [];
    const params: unknown[] = [viewer.actor.reviewedBodyIds, MeetingStatus.AGENDA_SENT, municipalityIds];
    const meetings = viewer.whereRaw('Meeting', 'meeting', params);
    const items = viewer.whereRaw('AgendaItem', 'item', params);
    const rows: { id: string; item_count: number; reviewed_count: number }[] = await this.dataSource.query(
      `SELECT meeting.id, count(item.id)::int AS item_count,
              count(item.id) FILTER (WHERE EXISTS (
                SELECT 1 FROM review WHERE review.agenda_item_id = item.id AND review.municipality_id = ANY($3)
              ))::int AS reviewed_count
         FROM meeting
         LEFT JOIN agenda_item item ON item.meeting_id = meeting.id AND ${items}
        WHERE meeting.body_id = ANY($1) AND meeting.status = $2 AND ${meetings}
        GROUP BY meeting.id, meeting.starts_at
        ORDER BY meeting.starts_at`,
      params,
    );
    if (rows.length === 0) return [];
    const entities = await this.dataSource.manager.findBy(
      MeetingEntity,
      rows.map((r) => ({ id: r.id })),
    );
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    return rows.map((row) => ({
      meeting: toMeeting(byId.get(row.id) as MeetingEntity),
      itemCount: row.item_count,
      reviewedCount: row.reviewed_count,
    }));
  }

  private async advicesToAdopt(viewer: Viewer): Promise<Attention['advicesToAdopt']> {
    const visible = viewer.where('Advice', 'advice');
    const drafts = await this.dataSource.manager
      .createQueryBuilder(AdviceEntity, 'advice')
      .where('advice.status = :draft', { draft: AdviceStatus.DRAFT })
      .andWhere(visible.sql, visible.params)
      .orderBy('advice.created_at', 'ASC')
      .limit(MAX_CANDIDATES)
      .getMany();
    return drafts.filter((advice) => viewer.can('adopt', 'Advice', advice)).map(toAdvice);
  }

  private async agendasToPublish(viewer: Viewer): Promise<Attention['agendasToPublish']> {
    const now = new Date();
    const horizon = new Date(now.getTime() + PUBLISH_HORIZON_DAYS * 24 * 3600 * 1000);
    const visible = viewer.where('Meeting', 'meeting');
    const meetings = await this.dataSource.manager
      .createQueryBuilder(MeetingEntity, 'meeting')
      .where('meeting.status IN (:...open)', { open: [MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT] })
      .andWhere('meeting.starts_at BETWEEN :now AND :horizon', { now, horizon })
      .andWhere(visible.sql, visible.params)
      .orderBy('meeting.starts_at', 'ASC')
      .limit(MAX_CANDIDATES)
      .getMany();
    return meetings.filter((meeting) => viewer.can('update', 'Meeting', meeting)).map(toMeeting);
  }

  private async tasks(viewer: Viewer): Promise<Attention['tasks']> {
    const municipalityIds = [
      ...new Set(viewer.actor.memberships.map((m) => m.municipalityId).filter((id): id is string => !!id)),
    ];
    if (municipalityIds.length === 0) return [];
    const visible = viewer.where('Task', 'task');
    const tasks = await this.dataSource.manager
      .createQueryBuilder(TaskEntity, 'task')
      .where('task.municipality_id IN (:...municipalityIds)', { municipalityIds })
      .andWhere('task.status IN (:...active)', { active: [...ACTIVE_TASK_STATUSES] })
      .andWhere('task.due_on <= :horizon', { horizon: addDays(todayInNetherlands(), TASK_HORIZON_DAYS) })
      .andWhere(visible.sql, visible.params)
      .orderBy('task.due_on', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .limit(MAX_TASKS)
      .getMany();
    return tasks.map(toTask);
  }

  private async councilViewProcedures(viewer: Viewer): Promise<Attention['councilViewProcedures']> {
    const visible = viewer.where('CouncilViewProcedure', 'procedure');
    const procedures = await this.dataSource.manager
      .createQueryBuilder(CouncilViewProcedureEntity, 'procedure')
      .where('procedure.status = :open', { open: CouncilViewProcedureStatus.OPEN })
      .andWhere(visible.sql, visible.params)
      .orderBy('procedure.deadline_on', 'ASC')
      .limit(MAX_TASKS)
      .getMany();
    return procedures.map(toCouncilViewProcedure);
  }
}
