import type { ClientBase } from 'pg';
import { dataSourceOptions } from '../data-source-options';
import { qualifiedTable } from './backup-format';

const options = dataSourceOptions({ url: '' });
export const MIGRATIONS_TABLE = options.migrationsTableName ?? 'migrations';
/** TypeORM's record of generated columns, written by the migrations that create them */
export const METADATA_TABLE = options.metadataTableName ?? 'typeorm_metadata';
/** Tables the migrations fill: their rows come from running the migrations, never from a backup. */
export const MIGRATION_TABLES = [MIGRATIONS_TABLE, METADATA_TABLE];

export interface CatalogTable {
  name: string;
  /** Stored columns in table order (generated columns cannot be written, so they are left out) */
  columns: string[];
}

/** The ordinary tables of the public schema but the migration tables, by name. */
export async function listTables(client: ClientBase): Promise<CatalogTable[]> {
  const result = await client.query<CatalogTable>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relname = ANY($1))
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
    [MIGRATION_TABLES],
  );
  return result.rows;
}

/** Sequences of the public schema, but those that belong to the migration tables. */
export async function listSequences(client: ClientBase): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT s.relname AS name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE n.nspname = 'public' AND s.relkind = 'S'
        AND NOT EXISTS (
          SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
           WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
             AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
             AND t.relname = ANY($1))
      ORDER BY s.relname COLLATE "C"`,
    [MIGRATION_TABLES],
  );
  return result.rows.map((row) => row.name);
}

/** Names of the applied migrations, oldest first; null when the database has no migrations table yet. */
export async function appliedMigrations(client: ClientBase): Promise<string[] | null> {
  const exists = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [
    qualifiedTable(MIGRATIONS_TABLE),
  ]);
  if (!exists.rows[0]?.found) return null;
  const result = await client.query<{ name: string }>(
    `SELECT name FROM ${qualifiedTable(MIGRATIONS_TABLE)} ORDER BY id`,
  );
  return result.rows.map((row) => row.name);
}

/** The first table (by name) that holds a row, or null when every table is empty. */
export async function firstTableWithRows(client: ClientBase, tables: CatalogTable[]): Promise<string | null> {
  for (const table of tables) {
    const result = await client.query(`SELECT 1 FROM ${qualifiedTable(table.name)} LIMIT 1`);
    if (result.rowCount) return table.name;
  }
  return null;
}
