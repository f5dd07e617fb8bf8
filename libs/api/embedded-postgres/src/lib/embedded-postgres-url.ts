import { existsSync, readFileSync } from 'node:fs';
import { StartupError } from './startup-error';

/**
 * The connection URL of an embedded PostgreSQL that another process (the running application) started from
 * `dataDir` on `port`, for a command that must not start a second server on the same data. The superuser's
 * password is the one `startEmbeddedPostgres` keeps in `<dataDir>.password`.
 */
export function embeddedPostgresUrl(options: { dataDir: string; port: number }, database: string): string {
  const file = `${options.dataDir}.password`;
  if (!existsSync(file)) {
    throw new StartupError(
      `no password file ${file}: ${options.dataDir} was not made by the embedded PostgreSQL`,
    );
  }
  const password = readFileSync(file, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
}
