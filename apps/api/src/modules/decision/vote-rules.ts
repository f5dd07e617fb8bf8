import { MembershipRole } from '@bestuurskracht/shared/domain';
import type { EntityManager } from 'typeorm';
import { requireAll, requireParticipating, requireRow } from '../../database/references';
import { badUserInput } from '../../graphql/errors';
import { BodyEntity } from '../body/body.entity';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { VoteInput } from './dto/record-decision.input';

export const VOTING_ROLES: readonly MembershipRole[] = [
  MembershipRole.CHAIR,
  MembershipRole.VICE_CHAIR,
  MembershipRole.MEMBER,
];

/**
 * Votes count only from members of the body on the day of the decision, once each, and not from members who declared
 * a conflict of interest on the item or its proposal (they take no part in deliberation and vote). Quorum: more than
 * half of the members entitled to vote on the item must have voted.
 */
export async function checkVotes(
  manager: EntityManager,
  item: AgendaItemEntity,
  votes: VoteInput[],
  decidedOn: string,
): Promise<void> {
  const body = await requireRow(manager, BodyEntity, item.bodyId, 'Body');
  if (!body.votes) {
    throw badUserInput('this body does not vote', [{ field: 'votes', message: 'this body does not vote' }]);
  }
  const voters = votes.map((vote) => vote.personId);
  if (new Set(voters).size !== voters.length) {
    throw badUserInput('a member votes once', [
      { field: 'votes', message: 'each person may vote only once' },
    ]);
  }
  await requireAll(manager, 'person', voters, 'Person');
  await requireParticipating(
    manager,
    item.organisationId,
    votes.flatMap((vote) => (vote.municipalityId ? [vote.municipalityId] : [])),
    'votes.municipalityId',
  );
  const members = await personIds(
    manager,
    `SELECT DISTINCT person_id FROM membership
      WHERE body_id = $1 AND role = ANY($2) AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [body.id, VOTING_ROLES, decidedOn],
  );
  const outsiders = voters.filter((id) => !members.has(id));
  if (outsiders.length > 0) {
    throw badUserInput('only members of the body vote', [
      { field: 'votes', message: `not a voting member of the body on ${decidedOn}: ${outsiders.join(', ')}` },
    ]);
  }
  const conflicted = await personIds(
    manager,
    `SELECT DISTINCT person_id FROM conflict_of_interest
      WHERE agenda_item_id = $1 OR (proposal_id IS NOT NULL AND proposal_id = $2)`,
    [item.id, item.proposalId],
  );
  const barred = voters.filter((id) => conflicted.has(id));
  if (barred.length > 0) {
    throw badUserInput('a member with a conflict of interest does not vote', [
      { field: 'votes', message: `declared a conflict of interest on this item: ${barred.join(', ')}` },
    ]);
  }
  const entitled = [...members].filter((id) => !conflicted.has(id)).length;
  if (voters.length * 2 <= entitled) {
    throw badUserInput('no quorum', [
      {
        field: 'votes',
        message: `${voters.length} of ${entitled} entitled members voted; more than half must take part`,
      },
    ]);
  }
}

async function personIds(manager: EntityManager, sql: string, params: unknown[]): Promise<Set<string>> {
  const rows: { person_id: string }[] = await manager.query(sql, params);
  return new Set(rows.map((row) => row.person_id));
}
