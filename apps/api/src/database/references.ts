import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { badUserInput, notFound } from '../graphql/errors';

/**
 * Checks on the ids a mutation refers to, inside the caller's transaction: a missing record is NOT_FOUND; a gemeente outside the organisation is the client's mistake.
 */
export async function requireRow<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
  what: string,
): Promise<E> {
  const row = await manager.findOneBy(target, { id } as never);
  if (!row) throw notFound(what);
  return row;
}

/** All of `ids` must exist in `table`; one statement whatever their number. */
export async function requireAll(
  manager: EntityManager,
  table: 'person' | 'body' | 'municipality',
  ids: readonly string[],
  what: string,
  organisationId?: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const inOrganisation = organisationId ? ' AND organisation_id = $2' : '';
  const rows: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1)${inOrganisation}`,
    organisationId ? [unique, organisationId] : [unique],
  );
  if (rows[0]?.n !== unique.length) throw notFound(what);
}

/**
 * Refuses gemeenten that do not take part in the organisation on `day` (today when absent): a wrong or foreign
 * id is the client's mistake, named on the field that carried it. One statement, whatever the number of ids.
 */
export async function requireParticipating(
  manager: EntityManager,
  organisationId: string,
  municipalityIds: string | readonly string[],
  field: string,
  day = todayInNetherlands(),
): Promise<void> {
  const ids = typeof municipalityIds === 'string' ? [municipalityIds] : [...new Set(municipalityIds)];
  if (ids.length === 0) return;
  const rows: { municipality_id: string }[] = await manager.query(
    `SELECT DISTINCT municipality_id FROM participation
      WHERE organisation_id = $1 AND municipality_id = ANY($2)
        AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [organisationId, ids, day],
  );
  const participating = new Set(rows.map((row) => row.municipality_id));
  const outside = ids.filter((id) => !participating.has(id));
  if (outside.length === 0) return;
  const message =
    typeof municipalityIds === 'string'
      ? 'must be a gemeente taking part in the organisation'
      : `must be gemeenten taking part in the organisation (not: ${outside.join(', ')})`;
  throw badUserInput(`${field}: not a gemeente taking part in the organisation`, [{ field, message }]);
}

export async function requirePerson(manager: EntityManager, id: string): Promise<void> {
  await requireAll(manager, 'person', [id], 'Person');
}

/** Whether the gemeente takes part in the organisation on the given day (yyyy-mm-dd). */
export async function participatesOn(
  manager: EntityManager,
  organisationId: string,
  municipalityId: string,
  day: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM participation
      WHERE organisation_id = $1 AND municipality_id = $2
        AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)
      LIMIT 1`,
    [organisationId, municipalityId, day],
  );
  return rows.length > 0;
}
