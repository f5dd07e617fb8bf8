import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from '../graphql/errors';

/**
 * Optimistic concurrency: `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`, and exactly one
 * row must change; otherwise someone else saved first and the caller must reload.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  what: string,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<void> {
  const changes = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected !== 1) throw conflict(`${what} was changed by someone else; reload and try again`);
}
