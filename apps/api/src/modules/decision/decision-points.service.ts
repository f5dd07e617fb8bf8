import { lineDiff, MeetingStatus } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { MeetingEntity } from '../meeting/meeting.entity';
import { DecisionPointRevisionEntity } from './decision-point-revision.entity';
import type { DecisionPointRevision, PointChangeKind } from './decision-point-revision.model';
import type { DecisionEntity } from './decision.entity';
import type { AmendDecisionPointsInput } from './dto/amend-decision-points.input';

/** Amendments change the beslispunten, never their history: each one is a new revision with its reason. */
@Injectable()
export class DecisionPointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Revision 1: the beslispunten of the proposal version decided on (none for an item without a proposal). */
  async recordProposed(manager: EntityManager, decision: DecisionEntity, actorId: string): Promise<void> {
    await manager.query(
      `INSERT INTO decision_point_revision (decision_id, number, points, created_by_id)
       VALUES ($1, 1, COALESCE((SELECT array_agg(text ORDER BY number) FROM decision_point
                                 WHERE proposal_version_id = $2), '{}'), $3)`,
      [decision.id, decision.proposalVersionId, actorId],
    );
  }

  amend(viewer: Viewer, input: AmendDecisionPointsInput): Promise<DecisionPointRevision[]> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const decision = await viewer.findReadable<DecisionEntity>(manager, 'Decision', input.decisionId);
      viewer.authorize('update', 'Decision', decision);
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: decision.meetingId });
      if (meeting.status === MeetingStatus.CLOSED || meeting.status === MeetingStatus.CANCELLED) {
        throw conflict('the meeting is over: a decision is amended only while its meeting is open');
      }
      // amendments of one decision queue here, so a concurrent one sees the newer revision and gets CONFLICT
      await manager.query('SELECT id FROM decision WHERE id = $1 FOR UPDATE', [decision.id]);
      const [{ latest }]: { latest: number }[] = await manager.query(
        `SELECT COALESCE(max(number), 0)::int AS latest FROM decision_point_revision WHERE decision_id = $1`,
        [decision.id],
      );
      if (latest !== input.expectedRevision) {
        throw conflict(`the beslispunten are at revision ${latest}; reload and amend that`);
      }
      await manager.insert(DecisionPointRevisionEntity, {
        decisionId: decision.id,
        number: latest + 1,
        points: input.points.map((point) => point.trim()),
        reason: input.reason.trim(),
        createdById: actorId,
      });
      await this.audit.record(manager, {
        organisationId: decision.organisationId,
        actorId,
        action: 'amendDecisionPoints',
        subjectType: 'Decision',
        subjectId: decision.id,
        details: { revision: latest + 1, reason: input.reason.trim() },
      });
      return withChanges(
        await manager.find(DecisionPointRevisionEntity, {
          where: { decisionId: decision.id },
          order: { number: 'ASC' },
        }),
      );
    });
  }
}

/** Each revision with its diff against the one before. */
export function withChanges(revisions: DecisionPointRevisionEntity[]): DecisionPointRevision[] {
  return revisions.map((revision, index) => ({
    number: revision.number,
    points: revision.points,
    reason: revision.reason,
    createdAt: revision.createdAt,
    createdById: revision.createdById,
    changes: lineDiff(revisions[index - 1]?.points ?? [], revision.points).map((change) => ({
      kind: change.kind as PointChangeKind,
      text: change.text,
    })),
  }));
}
