import { QueryFailedError } from 'typeorm';
import { conflict } from '../../graphql/errors';

/**
 * Two requests may pass the same "is this name taken" check at once; the unique index then decides, and the
 * loser gets the same CONFLICT as if the check had caught it.
 */
export async function conflictOnUniqueViolation<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
      throw conflict(message);
    }
    throw error;
  }
}
