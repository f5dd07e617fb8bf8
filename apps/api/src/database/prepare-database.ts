import {
  startEmbeddedPostgres,
  StartupError,
  type RunningPostgres,
} from '@bestuurskracht/api/embedded-postgres';
import { join } from 'node:path';
import { Client } from 'pg';
import { type AppConfig, redactDatabaseUrl } from '../config/app-config';

export interface PreparedDatabase {
  url: string;
  /** Set when the API started its own PostgreSQL; stop it after the API has closed its connections. */
  embedded: RunningPostgres | null;
}

export const EMBEDDED_DATABASE = 'bestuurskracht';

/** Uses DATABASE_URL when it is set (and reachable); otherwise starts the embedded PostgreSQL under DATA_DIR. */
export async function prepareDatabase(
  config: AppConfig,
  onLog?: (line: string) => void,
): Promise<PreparedDatabase> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    onLog,
  });
  await embedded.ensureDatabase(EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = describeConnectionError(error);
    throw new StartupError(`cannot reach the database at DATABASE_URL=${redactDatabaseUrl(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeConnectionError(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: string; code?: string };
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running on that host and port?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  return message || code || 'connection failed';
}
