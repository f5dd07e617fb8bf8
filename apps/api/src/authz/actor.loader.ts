import { ANONYMOUS, type Actor, type ActorMembership } from '@bestuurskracht/shared/authz';
import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { DataSource } from 'typeorm';
import { LIVE_SESSION_SQL, type LiveSessionRow } from '../auth/session.service';

interface ActorRow {
  memberships: ActorMembership[];
  reviewed_body_ids: string[];
  shared_secrecy_ids: string[];
  lifted_secrecy_ids: string[];
  barred_agenda_item_ids: string[];
  barred_proposal_ids: string[];
  barred_decision_ids: string[];
  administered_municipality_ids: string[];
}

/**
 * Everything the rules need to know about a person, in one statement: the memberships that hold today (in Dutch
 * time) and what follows from them.
 */
function actorSql(person: string, today: string, sessionSql?: string): string {
  return `
WITH ${sessionSql ? `signed_in AS (${sessionSql}), ` : ''}current AS (
  SELECT m.organisation_id, m.role, m.body_id, b.kind AS body_kind, m.portfolio_id, m.municipality_id
    FROM membership m LEFT JOIN body b ON b.id = m.body_id
   WHERE m.person_id = ${person} AND m.starts_on <= ${today}::date AND (m.ends_on IS NULL OR m.ends_on >= ${today}::date)
), barred AS (
  SELECT agenda_item_id, proposal_id FROM conflict_of_interest WHERE person_id = ${person} AND bars_papers
)
SELECT ${sessionSql ? '(SELECT row_to_json(signed_in) FROM signed_in) AS session,' : ''}
  COALESCE((SELECT json_agg(json_build_object(
      'organisationId', organisation_id, 'role', role, 'bodyId', body_id, 'bodyKind', body_kind,
      'portfolioId', portfolio_id, 'municipalityId', municipality_id)) FROM current), '[]') AS memberships,
  ARRAY(SELECT b.id FROM body b
         WHERE b.kind IN ('EXECUTIVE_BOARD', 'BOARD', 'DIRECTORS_MEETING')
           AND b.organisation_id IN (SELECT organisation_id FROM current WHERE body_kind = 'DIRECTORS_MEETING'))
    AS reviewed_body_ids,
  ARRAY(SELECT share.secrecy_id FROM secrecy_share share
         WHERE share.person_id = ${person} OR share.body_id IN (SELECT body_id FROM current)
        UNION
        SELECT s.id FROM secrecy s
         WHERE s.imposed_by_person_id = ${person} OR s.imposed_by_body_id IN (SELECT body_id FROM current))
    AS shared_secrecy_ids,
  ARRAY(SELECT s.id FROM secrecy s
         WHERE s.lifted_on <= ${today}::date AND s.organisation_id IN (SELECT organisation_id FROM current))
    AS lifted_secrecy_ids,
  ARRAY(SELECT agenda_item_id FROM barred WHERE agenda_item_id IS NOT NULL) AS barred_agenda_item_ids,
  ARRAY(SELECT proposal_id FROM barred WHERE proposal_id IS NOT NULL
        UNION
        SELECT item.proposal_id FROM agenda_item item
         WHERE item.id IN (SELECT agenda_item_id FROM barred) AND item.proposal_id IS NOT NULL)
    AS barred_proposal_ids,
  ARRAY(SELECT d.id FROM decision d WHERE d.agenda_item_id IN (SELECT agenda_item_id FROM barred))
    AS barred_decision_ids,
  ARRAY(SELECT p.municipality_id FROM participation p
         WHERE p.starts_on <= ${today}::date AND (p.ends_on IS NULL OR p.ends_on >= ${today}::date)
           AND p.organisation_id IN (SELECT organisation_id FROM current WHERE role = 'ADMINISTRATOR'))
    AS administered_municipality_ids`;
}

export async function loadActor(
  dataSource: DataSource,
  personId: string | null,
  now = new Date(),
): Promise<Actor> {
  if (personId === null) return ANONYMOUS;
  const [row]: ActorRow[] = await dataSource.query(actorSql('$1', '$2'), [personId, todayInNetherlands(now)]);
  return toActor(personId, row);
}

/**
 * The live session of `sessionParams` (those of LIVE_SESSION_SQL) and its person's actor facts in one statement;
 * the anonymous actor when there is no such session.
 */
export async function loadSignedInActor(
  dataSource: DataSource,
  sessionParams: [string, number],
  now = new Date(),
): Promise<{ session: LiveSessionRow | null; actor: Actor }> {
  const sql = actorSql('(SELECT person_id FROM signed_in)', '$3', LIVE_SESSION_SQL);
  const [row]: (ActorRow & { session: LiveSessionRow | null })[] = await dataSource.query(sql, [
    ...sessionParams,
    todayInNetherlands(now),
  ]);
  if (!row?.session) return { session: null, actor: ANONYMOUS };
  return { session: row.session, actor: toActor(row.session.person_id, row) };
}

function toActor(personId: string, row: ActorRow): Actor {
  return {
    personId,
    memberships: row.memberships,
    reviewedBodyIds: row.reviewed_body_ids,
    sharedSecrecyIds: row.shared_secrecy_ids,
    liftedSecrecyIds: row.lifted_secrecy_ids,
    barredAgendaItemIds: row.barred_agenda_item_ids,
    barredProposalIds: row.barred_proposal_ids,
    barredDecisionIds: row.barred_decision_ids,
    administeredMunicipalityIds: row.administered_municipality_ids,
  };
}
