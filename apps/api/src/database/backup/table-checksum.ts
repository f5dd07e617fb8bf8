import type { ClientBase } from 'pg';
import { qualifiedTable, quoteIdentifier } from './backup-format';

export interface TableChecksum {
  rows: number;
  checksum: string;
}

/**
 * Row count and an order-independent checksum of a table's stored columns, computed by PostgreSQL: the md5 of
 * every row's text, summed as two 64-bit halves in exact numeric arithmetic. Unlike a sorted string_agg it needs
 * no sort and no string that grows with the table (which hits PostgreSQL's 1 GB limit at ~30 M rows). Both sides
 * must use the same SESSION_SETTINGS, since the row text depends on them.
 */
export async function tableChecksum(
  client: ClientBase,
  table: string,
  columns: string[],
): Promise<TableChecksum> {
  const row = `ROW(${columns.map(quoteIdentifier).join(', ')})::text`;
  const half = (start: number) =>
    `coalesce(sum(('x' || substr(h, ${start}, 16))::bit(64)::bigint::numeric), 0)`;
  const result = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*) AS rows, ${half(1)} || '/' || ${half(17)} AS checksum
       FROM (SELECT md5(${row}) AS h FROM ${qualifiedTable(table)}) AS hashed`,
  );
  const { rows, checksum } = result.rows[0];
  return { rows: Number(rows), checksum };
}
