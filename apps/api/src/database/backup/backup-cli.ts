/**
 * npm run db:backup -- [--out <file>]: writes a consistent backup of the application's database (DATABASE_URL,
 * or the embedded one of DATA_DIR, running or not) to backups/bestuurskracht-<time>.sql.gz or <file>.
 */
import 'reflect-metadata';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, redactDatabaseUrl } from '../../config/app-config';
import { backupDatabase, defaultBackupFile } from './backup';
import { count, megabytes, runCli } from './cli-support';
import { openDatabaseServer } from './database-server';

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } });
  const config = loadConfig(process.env);
  const file = resolve(values.out ?? defaultBackupFile(new Date()));
  const server = await openDatabaseServer(config, { existing: true });
  try {
    console.log(`db:backup of ${redactDatabaseUrl(server.url)} (${server.description})`);
    const result = await backupDatabase({ url: server.url, file });
    console.log(
      `${relative(process.cwd(), file)}: ${result.manifest.tables.length} tables, ${count(result.rows)} rows, ` +
        `${megabytes(result.bytes)} in ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await server.close();
  }
}

runCli('db:backup', main);
