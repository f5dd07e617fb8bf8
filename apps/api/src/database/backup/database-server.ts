import {
  embeddedPostgresUrl,
  isPortFree,
  startEmbeddedPostgres,
} from '@bestuurskracht/api/embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { EMBEDDED_DATABASE } from '../prepare-database';
import { BackupError } from './backup-error';
import { connect } from './connect';

export interface DatabaseServer {
  /** The application's database: DATABASE_URL's, or the embedded `bestuurskracht` */
  url: string;
  /** Another database on the same server */
  urlOf(database: string): string;
  /** Where the data is, for the command's first line */
  description: string;
  close(): Promise<void>;
}

/**
 * The server the application uses: DATABASE_URL when set; otherwise the embedded PostgreSQL of DATA_DIR, the one
 * `npm start` runs. When the application is running (its port is taken) the command connects to that server;
 * otherwise it starts the server for the command and stops it on close. `existing` refuses to create a cluster.
 */
export async function openDatabaseServer(
  config: AppConfig,
  { existing }: { existing: boolean },
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    return {
      url,
      urlOf: (database) => withDatabase(url, database),
      description: 'DATABASE_URL',
      close: async () => undefined,
    };
  }
  const dataDir = join(config.dataDir, 'postgres');
  const port = config.embeddedPostgresPort;
  if (existing && !existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new BackupError(
      `there is no embedded database in ${dataDir}: start the application once (npm start), ` +
        'or set DATA_DIR or DATABASE_URL',
    );
  }
  if (!(await isPortFree(port))) {
    const url = embeddedPostgresUrl({ dataDir, port }, EMBEDDED_DATABASE);
    const client = await connect(url, 'bestuurskracht-backup').catch((error: unknown) => {
      throw new BackupError(
        `port ${port} is in use, but not by the embedded PostgreSQL of ${dataDir} (${(error as Error).message}); ` +
          'stop that program or set EMBEDDED_POSTGRES_PORT',
      );
    });
    await client.end();
    return {
      url,
      urlOf: (database) => withDatabase(url, database),
      description: `the running embedded PostgreSQL of ${dataDir}, port ${port}`,
      close: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  try {
    await embedded.ensureDatabase(EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    url: embedded.url(EMBEDDED_DATABASE),
    urlOf: (database) => embedded.url(database),
    description: `the embedded PostgreSQL of ${dataDir}, started for this command`,
    close: () => embedded.stop(),
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
