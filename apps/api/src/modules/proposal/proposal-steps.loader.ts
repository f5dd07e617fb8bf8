import { ProposalState, type ProposalStep } from '@bestuurskracht/shared/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey } from '../../graphql/batch-loaders';
import type { ProposalStepRecord } from './proposal-step-record.model';

interface StepRow {
  proposal_id: string;
  step: ProposalStep | null;
  from: ProposalState | null;
  to: ProposalState;
  at: Date;
  actor_id: string | null;
}

/**
 * A proposal's own timeline: its creation, then the audit trail's moveProposal entries, oldest first, for every
 * proposal the viewer may read. The audit rules do not apply: whoever may read the proposal may follow its steps.
 */
export function proposalStepsLoader(dataSource: DataSource, viewer: Viewer) {
  return new DataLoader<string, ProposalStepRecord[]>(async (proposalIds) => {
    const params: unknown[] = [[...proposalIds], ProposalState.CONCEPT];
    const visible = viewer.whereRaw('Proposal', 'proposal', params);
    const rows: StepRow[] = await dataSource.query(
      `WITH readable AS (
         SELECT proposal.id, proposal.created_at, proposal.author_id FROM proposal
          WHERE proposal.id = ANY($1::uuid[]) AND ${visible}
       )
       SELECT proposal_id, step, "from", "to", at, actor_id FROM (
         SELECT readable.id AS proposal_id, NULL::text AS step, NULL::text AS "from", $2::text AS "to",
                readable.created_at AS at, readable.author_id AS actor_id, 0::bigint AS seq
           FROM readable
         UNION ALL
         SELECT readable.id, entry.details->>'step', entry.details->>'from', entry.details->>'to',
                entry.at, entry.actor_id, entry.id
           FROM audit_entry entry
           JOIN readable ON readable.id = entry.subject_id
          WHERE entry.subject_type = 'Proposal' AND entry.action = 'moveProposal'
       ) steps
       ORDER BY at, seq`,
      params,
    );
    return groupByKey(proposalIds, rows, (row) => row.proposal_id, toStepRecord);
  });
}

function toStepRecord(row: StepRow): ProposalStepRecord {
  return { step: row.step, from: row.from, to: row.to, at: row.at, actorId: row.actor_id };
}
