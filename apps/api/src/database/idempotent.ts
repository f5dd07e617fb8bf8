import type { EntityManager } from 'typeorm';
import { conflict } from '../graphql/errors';

/**
 * Runs a create mutation once per (person, key): a double click or a retried request with the same key answers the
 * first result. The key row is inserted first, so a concurrent repeat waits on it and then reads the result. Keys
 * live 24 hours; reusing one for another mutation is a CONFLICT.
 */
export async function idempotent<T extends { id: string }>(
  manager: EntityManager,
  personId: string,
  key: string | null | undefined,
  mutation: string,
  create: () => Promise<T>,
  load: (id: string) => Promise<T>,
): Promise<T> {
  if (!key) return create();
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (person_id, key, mutation) VALUES ($1, $2, $3)
     ON CONFLICT (person_id, key) DO NOTHING RETURNING key`,
    [personId, key, mutation],
  );
  if (claimed.length === 1) {
    const result = await create();
    await manager.query('UPDATE idempotency_key SET result_id = $3 WHERE person_id = $1 AND key = $2', [
      personId,
      key,
      result.id,
    ]);
    return result;
  }
  const [earlier]: { mutation: string; result_id: string | null; fresh: boolean }[] = await manager.query(
    `SELECT mutation, result_id, created_at > now() - interval '24 hours' AS fresh
       FROM idempotency_key WHERE person_id = $1 AND key = $2`,
    [personId, key],
  );
  if (!earlier || earlier.mutation !== mutation || !earlier.fresh || !earlier.result_id) {
    throw conflict('idempotencyKey was already used for another request; send a new key');
  }
  return load(earlier.result_id);
}
