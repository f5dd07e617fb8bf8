import type { Client } from 'pg';
import { GraphqlClient } from './graphql-client';

/**
 * SQL statements per GraphQL request, as PostgreSQL itself counts them (pg_stat_statements, top-level statements
 * of the bench database, BEGIN and COMMIT included), so nothing the API sends can escape the count.
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
  await admin.query('SELECT pg_stat_statements_reset()');
  for (let n = 0; n < requests; n++) await client.request(query, variables);
  const { rows } = await admin.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`,
    [database],
  );
  return Number(rows[0]?.calls ?? 0) / requests;
}
