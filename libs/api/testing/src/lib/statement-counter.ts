import { Client } from 'pg';

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs, by watching the driver itself, so it sees
 * every statement whichever layer issued it. Use it only in tests that run one request at a time.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}
