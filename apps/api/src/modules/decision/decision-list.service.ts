import {
  DecisionListStatus,
  ProposalState,
  ProposalStep,
  PublicationKind,
  RetentionClass,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { MeetingEntity } from '../meeting/meeting.entity';
import { ProposalLifecycleService } from '../proposal/proposal-lifecycle.service';
import { DecisionListEntity } from './decision-list.entity';
import type { DecisionList } from './decision-list.model';
import { toDecisionList } from './decision.mapper';
import type { AdoptDecisionListInput } from './dto/decision-list-step.input';

/**
 * The besluitenlijst (domain.md step 7): drafted from a meeting's decisions, adopted at a later meeting of the same
 * body, then published — its openbaar decisions for all gemeenten appear in the public feed, its proposals become
 * PUBLISHED and the Woo publication is recorded against its deadline (two weeks after adoption). The body's
 * secretary or the director takes each step; the database keeps adopted lists and their decisions final.
 */
@Injectable()
export class DecisionListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ProposalLifecycleService,
  ) {}

  /** Idempotent: drafting again collects decisions recorded since and answers the same list. */
  draft(viewer: Viewer, meetingId: string): Promise<DecisionList> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const meeting = await viewer.findReadable<MeetingEntity>(manager, 'Meeting', meetingId);
      const candidate = {
        organisationId: meeting.organisationId,
        bodyId: meeting.bodyId,
        meetingId: meeting.id,
        status: DecisionListStatus.DRAFT,
        retentionClass: RetentionClass.KEEP,
      };
      viewer.authorizeNew('DecisionList', candidate);
      await manager.query(
        `INSERT INTO decision_list (organisation_id, body_id, meeting_id, status, retention_class)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (meeting_id) DO NOTHING`,
        [
          candidate.organisationId,
          candidate.bodyId,
          candidate.meetingId,
          candidate.status,
          candidate.retentionClass,
        ],
      );
      const list = await lockList(manager, { meetingId: meeting.id });
      if (list.status !== DecisionListStatus.DRAFT)
        throw conflict(`the besluitenlijst is already ${list.status}`);
      await manager.query(
        'UPDATE decision SET decision_list_id = $1 WHERE meeting_id = $2 AND decision_list_id IS NULL',
        [list.id, meeting.id],
      );
      await this.record(manager, actorId, 'draftDecisionList', list);
      return toDecisionList(list);
    });
  }

  adopt(viewer: Viewer, input: AdoptDecisionListInput): Promise<DecisionList> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const list = await this.lockWritable(viewer, manager, input.id, DecisionListStatus.DRAFT);
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: list.meetingId });
      const adopting = await viewer.findVisible<MeetingEntity>(manager, 'Meeting', input.adoptedInMeetingId);
      if (!adopting || adopting.bodyId !== list.bodyId || adopting.startsAt <= meeting.startsAt) {
        throw badUserInput('adoptedInMeetingId is not a later meeting of the same body', [
          { field: 'adoptedInMeetingId', message: 'must be a later meeting of the same body' },
        ]);
      }
      await manager.update(DecisionListEntity, list.id, {
        status: DecisionListStatus.ADOPTED,
        adoptedInMeetingId: adopting.id,
        adoptedAt: new Date(),
      });
      const adopted = await manager.findOneByOrFail(DecisionListEntity, { id: list.id });
      await this.record(manager, actorId, 'adoptDecisionList', adopted);
      return toDecisionList(adopted);
    });
  }

  publish(viewer: Viewer, id: string): Promise<DecisionList> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const list = await this.lockWritable(viewer, manager, id, DecisionListStatus.ADOPTED);
      const publishedAt = new Date();
      await manager.update(DecisionListEntity, list.id, {
        status: DecisionListStatus.PUBLISHED,
        publishedAt,
      });
      await manager.query(
        `UPDATE decision SET published_at = $2
          WHERE decision_list_id = $1 AND published_at IS NULL AND confidentiality = 'PUBLIC'
            AND cardinality(municipality_scope) = 0`,
        [list.id, publishedAt],
      );
      const proposals: { id: string }[] = await manager.query(
        `SELECT DISTINCT proposal.id FROM decision
           JOIN agenda_item item ON item.id = decision.agenda_item_id
           JOIN proposal ON proposal.id = item.proposal_id
          WHERE decision.decision_list_id = $1 AND proposal.state = $2 ORDER BY proposal.id`,
        [list.id, ProposalState.DECIDED],
      );
      for (const proposal of proposals) {
        await this.lifecycle.take(manager, {
          proposalId: proposal.id,
          step: ProposalStep.PUBLISH,
          actorId,
          cause: { decisionListId: list.id },
        });
      }
      await manager.query(
        `INSERT INTO publication (organisation_id, kind, subject_id, due_at, published_at, published_by_id)
         VALUES ($1, $2, $3, $4::timestamptz + interval '14 days', $5, $6)`,
        [list.organisationId, PublicationKind.DECISION_LIST, list.id, list.adoptedAt, publishedAt, actorId],
      );
      const published = await manager.findOneByOrFail(DecisionListEntity, { id: list.id });
      await this.record(manager, actorId, 'publishDecisionList', published);
      return toDecisionList(published);
    });
  }

  private async lockWritable(
    viewer: Viewer,
    manager: EntityManager,
    id: string,
    expected: DecisionListStatus,
  ): Promise<DecisionListEntity> {
    await viewer.findReadable(manager, 'DecisionList', id);
    const list = await lockList(manager, { id });
    if (list.status !== expected) throw conflict(`the besluitenlijst is ${list.status}`);
    viewer.authorize('update', 'DecisionList', list);
    return list;
  }

  private record(manager: EntityManager, actorId: string, action: string, list: DecisionListEntity) {
    return this.audit.record(manager, {
      organisationId: list.organisationId,
      actorId,
      action,
      subjectType: 'DecisionList',
      subjectId: list.id,
      details: { status: list.status, meetingId: list.meetingId },
    });
  }
}

function lockList(manager: EntityManager, where: { id: string } | { meetingId: string }) {
  return manager.findOneOrFail(DecisionListEntity, { where, lock: { mode: 'pessimistic_write' } });
}
