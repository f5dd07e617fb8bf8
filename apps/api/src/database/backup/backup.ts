import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupError } from './backup-error';
import { countNewlines } from './backup-reader';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  backupHeader,
  backupTrailer,
  COPY_END,
  copyHeader,
  copyStatement,
  qualifiedTable,
  type SequenceManifest,
  type TableManifest,
} from './backup-format';
import { connect } from './connect';
import { appliedMigrations, listSequences, listTables } from './schema-catalog';
import { tableChecksum } from './table-checksum';

export interface BackupOptions {
  /** The database to back up */
  url: string;
  /** The file to write; it must not exist yet */
  file: string;
  log?: (line: string) => void;
}

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
  rows: number;
  bytes: number;
  seconds: number;
}

/** backups/bestuurskracht-2026-01-31T09-30-00Z.sql.gz: sorts by time, and names nothing a shell must quote. */
export function defaultBackupFile(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  return `backups/bestuurskracht-${stamp}.sql.gz`;
}

/**
 * Writes every table of the public schema (but the migration tables) to `file` from one REPEATABLE READ READ ONLY
 * transaction: a consistent snapshot while the application keeps writing. Table data streams from COPY … TO
 * STDOUT through gzip to disk; the file appears under its name only when complete.
 */
export async function backupDatabase({
  url,
  file,
  log = () => undefined,
}: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  if (existsSync(file))
    throw new BackupError(`${file} already exists; choose another name with --out <file>`);
  const client = await connect(url, 'bestuurskracht-backup');
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const manifest = await readManifest(client);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`${manifest.tables.length} tables, ${rows} rows; writing ${file}`);
    await writeFile(client, manifest, file);
    await client.query('COMMIT');
    return {
      file,
      manifest,
      rows,
      bytes: statSync(file).size,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Migrations, tables with their counts and checksums, and sequences, all read in the transaction's snapshot. */
async function readManifest(client: Client): Promise<BackupManifest> {
  const migrations = await appliedMigrations(client);
  if (migrations === null) {
    throw new BackupError('the database has no migrations table: it is not a Bestuurskracht database');
  }
  // now() is the transaction's start: the moment of the snapshot.
  const [{ at, version }] = (
    await client.query<{ at: Date; version: string }>(
      `SELECT now() AS at, current_setting('server_version') AS version`,
    )
  ).rows;
  const tables: TableManifest[] = [];
  for (const { name, columns } of await listTables(client)) {
    tables.push({ name, columns, ...(await tableChecksum(client, name, columns)) });
  }
  const sequences: SequenceManifest[] = [];
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ value: string; is_called: boolean }>(
      `SELECT last_value::text AS value, is_called FROM ${qualifiedTable(name)}`,
    );
    sequences.push({ name, value: rows[0].value, isCalled: rows[0].is_called });
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: at.toISOString(),
    serverVersion: version,
    migrations,
    tables,
    sequences,
  };
}

async function writeFile(client: Client, manifest: BackupManifest, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  // The data holds personal data and password hashes: readable by the owner only.
  const output = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  const gzip = createGzip();
  gzip.pipe(output);
  const written = finished(output);
  written.catch(() => undefined);
  try {
    await write(gzip, backupHeader(manifest));
    for (const table of manifest.tables) {
      await write(gzip, copyHeader(table));
      const copied = await copyTable(client, table, gzip);
      if (copied !== table.rows) {
        throw new Error(`${table.name}: COPY gave ${copied} rows, the snapshot counted ${table.rows}`);
      }
      await write(gzip, COPY_END);
    }
    await write(gzip, backupTrailer(manifest));
    gzip.end();
    await written;
    publish(partial, file);
  } catch (error) {
    gzip.destroy();
    output.destroy();
    throw error;
  } finally {
    if (existsSync(partial)) unlinkSync(partial);
  }
}

/** Streams one table's COPY text into the gzip stream and returns the number of rows (lines) it held. */
async function copyTable(client: Client, table: TableManifest, gzip: Gzip): Promise<number> {
  const stream = client.query(copyTo(copyStatement(table, 'TO STDOUT')));
  let rows = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    rows += countNewlines(chunk);
    await write(gzip, chunk);
  }
  return rows;
}

async function write(gzip: Gzip, data: string | Buffer): Promise<void> {
  if (!gzip.write(data)) await once(gzip, 'drain');
}

/** Gives the complete file its name; a hard link never replaces a file that appeared in the meantime. */
function publish(partial: string, file: string): void {
  try {
    linkSync(partial, file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST')
      throw new BackupError(`${file} already exists; choose another name with --out <file>`);
    // A file system without hard links
    if (existsSync(file))
      throw new BackupError(`${file} already exists; choose another name with --out <file>`);
    renameSync(partial, file);
  }
}
