/**
 * The backup file: a gzip'd plain SQL data script. A header of comments carries the manifest (one line of JSON),
 * then session settings, one `COPY … FROM stdin;` block per table in COPY's text format, the sequence values and
 * an end marker. psql can load it into a database migrated to the same migrations; `npm run db:restore` reads it
 * with `readBackup` and checks every count and checksum.
 */
export const BACKUP_FORMAT = 'bestuurskracht-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const TITLE_LINE = '-- Bestuurskracht backup';
export const MANIFEST_PREFIX = '-- manifest: ';
export const END_LINE = '-- end of backup';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** server_version of the PostgreSQL the backup was made from */
  serverVersion: string;
  /** Applied migrations, oldest first (the rows of the migrations table) */
  migrations: string[];
  tables: TableManifest[];
  sequences: SequenceManifest[];
}

export interface TableManifest {
  name: string;
  /** The stored columns in table order; generated columns are left out (PostgreSQL computes them again). */
  columns: string[];
  rows: number;
  checksum: string;
}

export interface SequenceManifest {
  name: string;
  /** last_value, as text: a bigint does not fit a JSON number */
  value: string;
  isCalled: boolean;
}

/**
 * The same settings for backup, restore and checksums, so that values print the same way on both sides (dates
 * in ISO, instants in UTC, bytea as hex) and the COPY text reads back to the same values.
 */
export const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  'SET standard_conforming_strings = on',
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET TimeZone = 'UTC'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
  // A big table must not be cut off by a server-wide limit.
  'SET statement_timeout = 0',
  'SET idle_in_transaction_session_timeout = 0',
];

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualifiedTable(name: string): string {
  return `public.${quoteIdentifier(name)}`;
}

export function copyStatement(table: TableManifest, direction: 'FROM stdin' | 'TO STDOUT'): string {
  return `COPY ${qualifiedTable(table.name)} (${table.columns.map(quoteIdentifier).join(', ')}) ${direction}`;
}

/** The header up to the first COPY block. */
export function backupHeader(manifest: BackupManifest): string {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  return [
    `${TITLE_LINE} (format ${manifest.formatVersion}), made ${manifest.createdAt} from PostgreSQL ${manifest.serverVersion}`,
    `-- ${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations applied.`,
    '-- Restore with: npm run db:restore -- <this file>. It is also a plain SQL data script that psql can load',
    '-- into an empty database migrated to the same migrations:',
    '--   gunzip -c <this file> | psql -v ON_ERROR_STOP=1 --single-transaction <database>',
    `${MANIFEST_PREFIX}${JSON.stringify(manifest)}`,
    '',
    ...SESSION_SETTINGS.map((statement) => `${statement};`),
    'SET session_replication_role = replica;',
    '',
  ].join('\n');
}

export function copyHeader(table: TableManifest): string {
  return `\n-- ${table.name}: ${table.rows} rows\n${copyStatement(table, 'FROM stdin')};\n`;
}

export const COPY_END = '\\.\n';

export function backupTrailer(manifest: BackupManifest): string {
  const setvals = manifest.sequences.map(
    (sequence) =>
      `SELECT pg_catalog.setval('${qualifiedTable(sequence.name).replace(/'/g, "''")}', ${sequence.value}, ${sequence.isCalled});`,
  );
  return ['', ...setvals, '', END_LINE, ''].join('\n');
}

const COPY_LINE = /^COPY public\.("(?:[^"]|"")+") \((.*)\) FROM stdin;$/;
const IDENTIFIER = /"((?:[^"]|"")+)"/g;

/** The table and columns of a `COPY … FROM stdin;` line, or null for any other line. */
export function parseCopyLine(line: string): { table: string; columns: string[] } | null {
  const match = COPY_LINE.exec(line);
  if (!match) return null;
  const unquote = (quoted: string) => quoted.slice(1, -1).replace(/""/g, '"');
  const columns = [...match[2].matchAll(IDENTIFIER)].map((found) => unquote(found[0]));
  return { table: unquote(match[1]), columns };
}

/** Checks the manifest's shape; throws a plain Error whose message says what is wrong. */
export function parseManifest(json: string): BackupManifest {
  const value: unknown = JSON.parse(json);
  const manifest = value as BackupManifest;
  const isStringArray = (list: unknown) =>
    Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (typeof value !== 'object' || value === null || manifest.format !== BACKUP_FORMAT) {
    throw new Error('the manifest is not a Bestuurskracht manifest');
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new Error(
      `format ${String(manifest.formatVersion)} is not supported (this version reads format ${BACKUP_FORMAT_VERSION})`,
    );
  }
  const tablesValid =
    Array.isArray(manifest.tables) &&
    manifest.tables.every(
      (table) =>
        typeof table.name === 'string' &&
        isStringArray(table.columns) &&
        table.columns.length > 0 &&
        Number.isSafeInteger(table.rows) &&
        typeof table.checksum === 'string',
    );
  const sequencesValid =
    Array.isArray(manifest.sequences) &&
    manifest.sequences.every(
      (sequence) =>
        typeof sequence.name === 'string' &&
        /^-?\d+$/.test(sequence.value) &&
        typeof sequence.isCalled === 'boolean',
    );
  if (!isStringArray(manifest.migrations) || !tablesValid || !sequencesValid) {
    throw new Error('the manifest is incomplete');
  }
  return manifest;
}
