import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../../graphql/errors';
import { PersonEntity } from '../person/person.entity';

/**
 * Refuses gemeenten that do not take part in the organisation today (a wrong or foreign id is the client's
 * mistake, named on the field that carried it).
 */
export async function requireParticipating(
  manager: EntityManager,
  organisationId: string,
  municipalityIds: readonly string[],
  field: string,
): Promise<void> {
  if (municipalityIds.length === 0) return;
  const rows: { municipality_id: string }[] = await manager.query(
    `SELECT DISTINCT municipality_id FROM participation
      WHERE organisation_id = $1 AND municipality_id = ANY($2)
        AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [organisationId, [...new Set(municipalityIds)], todayInNetherlands()],
  );
  const participating = new Set(rows.map((row) => row.municipality_id));
  const outside = municipalityIds.filter((id) => !participating.has(id));
  if (outside.length > 0) {
    throw badUserInput(`${field}: not a gemeente taking part in the organisation`, [
      { field, message: `must be gemeenten taking part in the organisation (not: ${outside.join(', ')})` },
    ]);
  }
}

export async function requirePerson(manager: EntityManager, id: string): Promise<void> {
  if (!(await manager.existsBy(PersonEntity, { id }))) throw notFound('Person');
}
