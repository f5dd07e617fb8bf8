import type { Client } from 'pg';
import { GraphqlClient } from './graphql-client';
import { percentile } from './measure';

/**
 * SQL statements per GraphQL request, as PostgreSQL itself counts them (pg_stat_statements, top-level statements
 * of the bench database, BEGIN and COMMIT included), so nothing the API sends can escape the count. The median
 * of `requests` requests counted one by one: the session's once-a-minute `last_seen_at` update adds a statement
 * to the occasional request and must not read as a count that grows.
 * `admin` is connected to another database of the cluster, so its own queries are not counted.
 */
export async function statementsPerRequest(
  admin: Client,
  database: string,
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
  requests = 5,
): Promise<number> {
  await client.request(query, variables);
  const counts: number[] = [];
  for (let n = 0; n < requests; n++) {
    await admin.query('SELECT pg_stat_statements_reset()');
    await client.request(query, variables);
    const { rows } = await admin.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`,
      [database],
    );
    counts.push(Number(rows[0]?.calls ?? 0));
  }
  return percentile(
    counts.sort((a, b) => a - b),
    50,
  );
}
