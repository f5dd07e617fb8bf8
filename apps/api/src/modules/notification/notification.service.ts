import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { AuditService } from '../audit/audit.service';
import type { ProposalEntity } from '../proposal/proposal.entity';
import { toProposal } from '../proposal/proposal.mapper';
import type { Proposal } from '../proposal/proposal.model';
import type { Notification } from './notification.model';

interface NotificationRow {
  id: string;
  proposal_id: string;
  text: string;
  created_at: Date;
  read_at: Date | null;
}

/**
 * Following proposals and the notifications that follow from it. A notification is shown (and counted) only while
 * its person may read the proposal, with the rules of the moment it is read.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: following twice is following once. */
  async follow(viewer: Viewer, proposalId: string): Promise<Proposal> {
    const personId = viewer.requirePersonId();
    const proposal = await viewer.findReadable<ProposalEntity>(
      this.dataSource.manager,
      'Proposal',
      proposalId,
    );
    await this.dataSource.query(
      `INSERT INTO proposal_follow (person_id, proposal_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [personId, proposal.id],
    );
    return toProposal(proposal);
  }

  async unfollow(viewer: Viewer, proposalId: string): Promise<Proposal> {
    const personId = viewer.requirePersonId();
    const proposal = await viewer.findReadable<ProposalEntity>(
      this.dataSource.manager,
      'Proposal',
      proposalId,
    );
    await this.dataSource.query('DELETE FROM proposal_follow WHERE person_id = $1 AND proposal_id = $2', [
      personId,
      proposal.id,
    ]);
    return toProposal(proposal);
  }

  async list(viewer: Viewer, first: number, unreadOnly: boolean): Promise<Notification[]> {
    const params: unknown[] = [viewer.requirePersonId(), first, unreadOnly];
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT notification.id, notification.proposal_id, notification.text, notification.created_at,
              notification.read_at
         FROM notification JOIN proposal ON proposal.id = notification.proposal_id
        WHERE notification.person_id = $1 AND (NOT $3 OR notification.read_at IS NULL)
          AND ${viewer.whereRaw('Proposal', 'proposal', params)}
        ORDER BY notification.created_at DESC, notification.id LIMIT $2`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      proposalId: row.proposal_id,
      text: row.text,
      createdAt: row.created_at,
      read: row.read_at !== null,
    }));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const params: unknown[] = [viewer.requirePersonId()];
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification JOIN proposal ON proposal.id = notification.proposal_id
        WHERE notification.person_id = $1 AND notification.read_at IS NULL
          AND ${viewer.whereRaw('Proposal', 'proposal', params)}`,
      params,
    );
    return count;
  }

  /** Marks your notifications read: the ones given, or all; answers how many changed. */
  markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const personId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const [{ count }]: { count: number }[] = await manager.query(
        `WITH changed AS (
           UPDATE notification SET read_at = now()
            WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
            RETURNING id)
         SELECT count(*)::int AS count FROM changed`,
        [personId, ids],
      );
      await this.audit.record(manager, {
        organisationId: null,
        actorId: personId,
        action: 'markNotificationsRead',
        subjectType: 'Person',
        subjectId: personId,
        details: { count },
      });
      return count;
    });
  }

  private record(manager: EntityManager, personId: string, action: string, proposal: ProposalEntity) {
    return this.audit.record(manager, {
      organisationId: proposal.organisationId,
      actorId: personId,
      action,
      subjectType: 'Proposal',
      subjectId: proposal.id,
    });
  }
}
