/**
 * npm run db:restore -- <file> [--database <name>]: restores a backup into the application's database (DATABASE_URL,
 * or the embedded one of DATA_DIR) or into <name> on the same server, created when missing. The target must hold
 * no data.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, redactDatabaseUrl } from '../../config/app-config';
import { BackupError } from './backup-error';
import { count, runCli } from './cli-support';
import { openDatabaseServer } from './database-server';
import { restoreDatabase } from './restore';

const USAGE = 'usage: npm run db:restore -- <file> [--database <name>]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { database: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new BackupError(`name one backup file; ${USAGE}`);
  const database = values.database;
  if (database !== undefined && !/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(database)) {
    throw new BackupError(
      `--database needs a plain database name (letters, digits, _ and -), got "${database}"`,
    );
  }
  const [file] = positionals;
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const config = loadConfig(process.env);
  const server = await openDatabaseServer(config, { existing: false });
  try {
    const url = database ? server.urlOf(database) : server.url;
    console.log(`db:restore of ${file} into ${redactDatabaseUrl(url)} (${server.description})`);
    const result = await restoreDatabase({
      url,
      file,
      createVia: database ? server.url : undefined,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(
      `restored ${result.tables} tables, ${count(result.rows)} rows in ${result.seconds.toFixed(1)} s; ` +
        `every count and checksum matches the backup made ${result.manifest.createdAt}`,
    );
  } finally {
    await server.close();
  }
}

runCli('db:restore', main);
