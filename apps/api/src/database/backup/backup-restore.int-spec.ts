import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { seedDemoData } from '../seed/seed-demo-data';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';

const WORKSPACE = resolve(__dirname, '../../../../..');
const TRICKY_TEXT = 'O\'Brien "quoted"\tTAB back\\slash \\N\nnew line\r\n\\.\n\\.\ncr\r ünïcødé 🏛 \u0001';
/** Every byte value, and sequences that are not UTF-8 */
const BINARY = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from([0xff, 0xfe, 0x00, 0x5c, 0x2e, 0x0a, 0xc3, 0x28, 0x80, 0x00]),
]);

/**
 * A backup of the demo data (plus awkward text and bytes), restored into fresh databases of the test run's
 * server: every table and sequence must come back identical, compared here with a checksum of our own; a
 * database with data, a damaged file, data that differs from its manifest and a backup from a newer version are
 * refused without changing anything.
 */
describe('db:backup and db:restore', () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const databases: string[] = [];
  const plainRole = `bk_backup_plain_${suffix}`;
  let folder: string;
  let source: string;
  let backupFile: string;

  const urlOf = (database: string, role?: { user: string; password: string }) => {
    const url = new URL(server);
    url.pathname = `/${database}`;
    if (role) {
      url.username = role.user;
      url.password = role.password;
    }
    return url.toString();
  };
  const onServer = async <T>(url: string, work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  /** A new, empty database on the run's server */
  const freshDatabase = async (purpose: string): Promise<string> => {
    const name = `bk_backup_${purpose}_${suffix}`;
    await onServer(server, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    databases.push(name);
    return urlOf(name);
  };
  const rewrite = (name: string, change: (text: string) => string): string => {
    const file = join(folder, name);
    writeFileSync(file, gzipSync(change(gunzipSync(readFileSync(backupFile)).toString('utf8'))));
    return file;
  };

  beforeAll(async () => {
    folder = join(tmpdir(), `bk-backup-${suffix}`);
    mkdirSync(folder, { recursive: true });
    source = await freshDatabase('source');
    const dataSource = await new DataSource(dataSourceOptions({ url: source, poolSize: 2 })).initialize();
    try {
      await dataSource.runMigrations();
      await seedDemoData(dataSource);
      await addAwkwardRows(dataSource);
    } finally {
      await dataSource.destroy();
    }
    backupFile = join(folder, 'demo.sql.gz');
    await backupDatabase({ url: source, file: backupFile });
  }, 60_000);

  afterAll(async () => {
    await onServer(server, async (client) => {
      for (const name of databases) {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }
      await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(plainRole)}`);
    });
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every table and sequence of the demo data identically into a fresh database', async () => {
    const target = await freshDatabase('restored');

    const result = await restoreDatabase({ url: target, file: backupFile });

    const before = await contents(source);
    expect(result.rows).toBeGreaterThan(1000);
    expect(Object.keys(before.tables).length).toBeGreaterThan(40);
    expect(before.tables['document'].rows).toBeGreaterThan(0);
    expect(before.tables['audit_entry'].rows).toBeGreaterThan(0);
    expect(before.sequences['audit_entry_id_seq']).not.toBeNull();
    expect(await contents(target)).toEqual(before);
    const documents = await onServer(target, (client) =>
      client.query<{ content: Buffer; text_content: string }>(
        `SELECT content, text_content FROM document WHERE title = 'Binair bestand'`,
      ),
    );
    expect(documents.rows[0].content.equals(BINARY)).toBe(true);
    expect(documents.rows[0].text_content).toBe(TRICKY_TEXT);
  });

  it('refuses a database that already holds data, and leaves its rows as they were', async () => {
    const before = await contents(source);

    await expect(restoreDatabase({ url: source, file: backupFile })).rejects.toThrow(
      /already holds data \(table \w+ has rows\)/,
    );

    expect(await contents(source)).toEqual(before);
  });

  it('refuses a truncated file before it changes the target', async () => {
    const bytes = readFileSync(backupFile);
    const truncated = join(folder, 'truncated.sql.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const target = await freshDatabase('truncated');

    await expect(restoreDatabase({ url: target, file: truncated })).rejects.toThrow(
      /truncated\.sql\.gz is damaged or incomplete/,
    );

    expect(Object.keys((await contents(target)).tables)).toEqual([]);
  });

  it('refuses a file with changed bytes', async () => {
    const bytes = Buffer.from(readFileSync(backupFile));
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    const damaged = join(folder, 'damaged.sql.gz');
    writeFileSync(damaged, bytes);
    const target = await freshDatabase('damaged');

    await expect(restoreDatabase({ url: target, file: damaged })).rejects.toThrow(/is damaged or incomplete/);

    expect(Object.keys((await contents(target)).tables)).toEqual([]);
  });

  it('refuses a file that is not a backup', async () => {
    const other = join(folder, 'other.sql.gz');
    writeFileSync(other, gzipSync('SELECT 1;\n'));

    await expect(restoreDatabase({ url: urlOf('postgres'), file: other })).rejects.toThrow(
      /is not a Bestuurskracht backup/,
    );
  });

  it('rolls back and names the table when the loaded data differs from the manifest', async () => {
    const altered = rewrite('altered.sql.gz', (text) =>
      text.replace('awkward@backup.example', 'awkward@backup.exampla'),
    );
    const target = await freshDatabase('altered');

    await expect(restoreDatabase({ url: target, file: altered })).rejects.toThrow(
      /table person does not match the backup after loading .*checksums differ/,
    );

    const tables = (await contents(target)).tables;
    expect(
      Object.entries(tables).filter(
        ([name, table]) => table.rows > 0 && name !== 'migration' && name !== 'typeorm_metadata',
      ),
    ).toEqual([]);
  });

  it('refuses a backup that lists a migration this version does not have', async () => {
    const newer = rewrite('newer.sql.gz', (text) =>
      text.replace('"migrations":[', '"migrations":["FromTheFuture9999999999999",'),
    );
    const target = await freshDatabase('newer');

    await expect(restoreDatabase({ url: target, file: newer })).rejects.toThrow(
      /newer version of Bestuurskracht: its migration FromTheFuture9999999999999/,
    );

    expect(Object.keys((await contents(target)).tables)).toEqual([]);
  });

  it('says a role that may not switch off triggers cannot restore', async () => {
    const target = await freshDatabase('plain');
    await onServer(server, (client) =>
      client.query(`CREATE ROLE ${client.escapeIdentifier(plainRole)} LOGIN PASSWORD 'plain-password'`),
    );
    const asPlainRole = urlOf(target.split('/').pop() as string, {
      user: plainRole,
      password: 'plain-password',
    });

    await expect(restoreDatabase({ url: asPlainRole, file: backupFile })).rejects.toThrow(
      /may not set session_replication_role.*superuser/,
    );
  });

  it('runs as npm run db:backup and db:restore, and refuses in one line', async () => {
    const run = (script: string, args: string[], databaseUrl: string) =>
      promisify(execFile)(
        process.execPath,
        ['tools/scripts/ts-run.mjs', `apps/api/src/database/backup/${script}`, ...args],
        { cwd: WORKSPACE, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 30_000 },
      );
    const file = join(folder, 'cli.sql.gz');
    const target = `bk_backup_cli_${suffix}`;
    databases.push(target);

    const backup = await run('backup-cli.ts', ['--out', file], source);
    const restore = await run('restore-cli.ts', [file, '--database', target], source);
    const refused = await run('restore-cli.ts', [file, '--database', target], source).catch(
      (error: { code: number; stderr: string }) => error,
    );

    expect(backup.stdout).toMatch(/cli\.sql\.gz: \d+ tables, [\d,]+ rows/);
    expect(restore.stdout).toMatch(
      /restored \d+ tables, [\d,]+ rows in [\d.]+ s; every count and checksum matches/,
    );
    expect(await contents(urlOf(target))).toEqual(await contents(source));
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^db:restore: .*already holds data.*\n$/),
    });
  }, 60_000);

  /** Every table's rows (generated columns included) and every sequence, measured independently of the backup. */
  async function contents(url: string) {
    return onServer(url, async (client) => {
      const tables: Record<string, { rows: number; checksum: string }> = {};
      const names = await client.query<{ name: string }>(
        `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
          ORDER BY relname`,
      );
      for (const { name } of names.rows) {
        // The migrations record generated columns in typeorm_metadata under the database's own name.
        const row = name === 'typeorm_metadata' ? `(to_jsonb(t) - 'database')::text` : 't::text';
        const { rows } = await client.query<{ rows: number; checksum: string }>(
          `SELECT count(*)::int AS rows,
                  md5(coalesce(string_agg(md5(${row}), '' ORDER BY md5(${row})), '')) AS checksum
             FROM public.${client.escapeIdentifier(name)} t`,
        );
        tables[name] = rows[0];
      }
      const sequences = await client.query<{ name: string; value: string | null }>(
        `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
      );
      return {
        tables,
        sequences: Object.fromEntries(sequences.rows.map((row) => [row.name, row.value])),
      };
    });
  }
});

/** A paper with every byte value and a person whose name has quotes, tabs, newlines, backslashes and a `\.` line. */
async function addAwkwardRows(dataSource: DataSource): Promise<void> {
  const [person] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO person (name, email, password_hash) VALUES ($1, 'awkward@backup.example', NULL) RETURNING id`,
    [TRICKY_TEXT],
  );
  await dataSource.query(
    `INSERT INTO document (organisation_id, proposal_version_id, proposal_id, title, file_name, content_type,
                           size_bytes, sha256, content, text_content, confidentiality, uploaded_by_id)
     SELECT p.organisation_id, v.id, p.id, 'Binair bestand', 'bytes.pdf', 'application/pdf', $1, $2, $3, $4,
            'PUBLIC', $5
       FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
      ORDER BY v.created_at LIMIT 1`,
    [BINARY.length, createHash('sha256').update(BINARY).digest('hex'), BINARY, TRICKY_TEXT, person.id],
  );
}
