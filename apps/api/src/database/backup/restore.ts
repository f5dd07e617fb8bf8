import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type MigrationInterface } from 'typeorm';
import { redactDatabaseUrl } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';
import { MIGRATIONS } from '../migrations';
import { BackupError } from './backup-error';
import { type BackupManifest, copyStatement, qualifiedTable, type TableManifest } from './backup-format';
import { type BackupEvent, readBackup, verifyBackupFile } from './backup-reader';
import { connect, sqlState } from './connect';
import { appliedMigrations, type CatalogTable, firstTableWithRows, listTables } from './schema-catalog';
import { tableChecksum } from './table-checksum';

export interface RestoreOptions {
  /** The database to fill; it must hold no data */
  url: string;
  file: string;
  /** An existing database on the same server, through which the target is created when it does not exist */
  createVia?: string;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  /** Migrations of this version that are newer than the backup, applied after loading */
  laterMigrations: number;
  seconds: number;
}

/**
 * Restores a backup into an empty database: checks the whole file first, refuses a target that holds data or a
 * backup from a newer version, migrates the target to the backup's migrations, loads every table in one
 * transaction with triggers and foreign-key checks off (session_replication_role = replica), sets the
 * sequences, compares every table's count and checksum with the manifest (rolling back on any difference), and
 * finally applies this version's later migrations, so that they also convert the restored data.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const { url, file, createVia, log = () => undefined } = options;
  const started = performance.now();
  const manifest = await verifyBackupFile(file);
  const level = migrationLevel(manifest.migrations);
  const database = databaseName(url);
  if (createVia && (await ensureDatabase(createVia, database))) log(`created database ${database}`);
  await assertRestorable(url, manifest);
  const applied = await migrate(url, MIGRATIONS.slice(0, level));
  if (applied) log(`${applied} migration(s) applied, up to the backup's`);
  const rows = await load(url, file, manifest, log);
  const laterMigrations = await migrate(url, MIGRATIONS);
  if (laterMigrations) log(`${laterMigrations} later migration(s) applied to the restored data`);
  return {
    manifest,
    tables: manifest.tables.length,
    rows,
    laterMigrations,
    seconds: (performance.now() - started) / 1000,
  };
}

/** How many of this version's migrations the backup has applied; refuses a backup from a newer version. */
function migrationLevel(migrations: string[]): number {
  const known = MIGRATIONS.map(migrationName);
  const unknown = migrations.find((name) => !known.includes(name));
  if (unknown) {
    throw new BackupError(
      `the backup comes from a newer version of Bestuurskracht: its migration ${unknown} is not in this one; ` +
        'restore it with that version (or a newer one)',
    );
  }
  const outOfOrder = migrations.findIndex((name, index) => known[index] !== name);
  if (outOfOrder !== -1) {
    throw new BackupError(
      `the backup's migrations do not follow this version's order (${migrations[outOfOrder]}); ` +
        'restore it with the version that made it',
    );
  }
  return migrations.length;
}

function migrationName(migration: new () => MigrationInterface): string {
  return new migration().name ?? migration.name;
}

async function ensureDatabase(via: string, name: string): Promise<boolean> {
  const client = await connect(via, 'bestuurskracht-restore');
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Everything that can be checked before the target changes at all. */
async function assertRestorable(url: string, manifest: BackupManifest): Promise<void> {
  const client = await connect(url, 'bestuurskracht-restore');
  try {
    const applied = (await appliedMigrations(client)) ?? [];
    const ahead = applied.find((name, index) => manifest.migrations[index] !== name);
    if (ahead) {
      throw new BackupError(
        `the database ${databaseName(url)} already has migration ${ahead}, which the backup lacks; ` +
          'restore into a new database with --database <name>',
      );
    }
    await assertEmpty(client, url, await listTables(client));
    await client.query('BEGIN');
    await replicaRole(client);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
}

async function assertEmpty(client: Client, url: string, tables: CatalogTable[]): Promise<void> {
  const holding = await firstTableWithRows(client, tables);
  if (holding) {
    throw new BackupError(
      `the database ${databaseName(url)} already holds data (table ${holding} has rows); restore only fills an ` +
        'empty database so that nothing is lost: choose a new one with --database <name>',
    );
  }
}

/** Switches off triggers (the audit trail's guard, the final-record guards) and foreign-key checks. */
async function replicaRole(client: Client): Promise<void> {
  try {
    await client.query('SET LOCAL session_replication_role = replica');
  } catch (error) {
    if (sqlState(error) !== '42501') throw error;
    await client.query('ROLLBACK');
    const { rows } = await client.query<{ name: string }>('SELECT current_user AS name');
    throw new BackupError(
      `the role ${rows[0].name} may not set session_replication_role: restoring switches off ` +
        'triggers and foreign-key checks while loading, which needs a superuser (or GRANT SET ON PARAMETER ' +
        'session_replication_role TO <role>)',
    );
  }
}

async function migrate(url: string, migrations: (new () => MigrationInterface)[]): Promise<number> {
  const dataSource = await new DataSource({
    ...dataSourceOptions({ url, poolSize: 1 }),
    migrations,
  }).initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  } finally {
    await dataSource.destroy();
  }
}

async function load(
  url: string,
  file: string,
  manifest: BackupManifest,
  log: (line: string) => void,
): Promise<number> {
  const client = await connect(url, 'bestuurskracht-restore');
  const events = readBackup(file);
  try {
    await client.query('BEGIN');
    await replicaRole(client);
    const tables = await listTables(client);
    assertSameTables(manifest.tables, tables);
    if (manifest.tables.length) {
      const names = manifest.tables.map((table) => qualifiedTable(table.name)).join(', ');
      await client.query(`LOCK TABLE ${names} IN ACCESS EXCLUSIVE MODE`);
    }
    // Checked again under the locks: someone may have written since the first check.
    await assertEmpty(client, url, tables);
    let rows = 0;
    for (let next = await events.next(); !next.done; next = await events.next()) {
      if (next.value.kind !== 'copy') continue;
      const table = next.value.table;
      const copy = client.query(copyFrom(copyStatement(table, 'FROM stdin')));
      await pipeline(Readable.from(tableData(events)), copy);
      rows += copy.rowCount;
    }
    for (const sequence of manifest.sequences) {
      await client.query('SELECT pg_catalog.setval($1::regclass, $2::bigint, $3)', [
        qualifiedTable(sequence.name),
        sequence.value,
        sequence.isCalled,
      ]);
    }
    log(`loaded ${rows} rows; comparing counts and checksums`);
    for (const table of manifest.tables) {
      const found = await tableChecksum(client, table.name, table.columns);
      if (found.rows !== table.rows || found.checksum !== table.checksum) {
        throw new BackupError(
          `table ${table.name} does not match the backup after loading (${found.rows} rows, expected ` +
            `${table.rows}${found.rows === table.rows ? '; the checksums differ' : ''}); nothing was restored`,
        );
      }
    }
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await events.return(undefined);
    await client.end().catch(() => undefined);
  }
}

/** One table's COPY data, taken from the file's events up to the end of its block. */
async function* tableData(events: AsyncGenerator<BackupEvent>): AsyncGenerator<Buffer> {
  for (let next = await events.next(); !next.done; next = await events.next()) {
    if (next.value.kind === 'copy-end') return;
    if (next.value.kind === 'data') yield next.value.chunk;
  }
}

function assertSameTables(wanted: TableManifest[], found: CatalogTable[]): void {
  const byName = new Map(found.map((table) => [table.name, new Set(table.columns)]));
  for (const table of wanted) {
    const columns = byName.get(table.name);
    if (!columns) throw new BackupError(`this database has no table ${table.name}, which the backup holds`);
    const missing = table.columns.filter((column) => !columns.has(column));
    const extra = [...columns].filter((column) => !table.columns.includes(column));
    if (missing.length || extra.length) {
      throw new BackupError(
        `table ${table.name} has other columns here than in the backup (` +
          [
            missing.length ? `missing ${missing.join(', ')}` : '',
            extra.length ? `extra ${extra.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ') +
          ')',
      );
    }
  }
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new BackupError(`${redactDatabaseUrl(url)} names no database`);
  return name;
}
