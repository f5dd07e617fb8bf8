import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound } from '../../graphql/errors';

/** Loads a referenced row inside the caller's transaction, or answers NOT_FOUND with the GraphQL type name. */
export async function findOrNotFound<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  typeName: string,
): Promise<E> {
  const row = await manager.findOneBy(entity, { id } as never);
  if (!row) throw notFound(typeName);
  return row;
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
