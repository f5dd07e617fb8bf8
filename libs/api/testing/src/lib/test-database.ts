import {
  findFreePort,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@bestuurskracht/api/embedded-postgres';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface TestDatabase {
  /** Connection URL of a database made for this test run only. */
  url: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test run: on the server at DATABASE_URL when set (a new database beside the
 * one named there), otherwise on an embedded PostgreSQL started in a temporary folder.
 */
export async function createTestDatabase(serverUrl = process.env['DATABASE_URL']): Promise<TestDatabase> {
  const name = `bk_test_${Date.now().toString(36)}_${process.pid}`;
  if (serverUrl) {
    await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      dispose: async () => {
        await onServer(serverUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
        );
      },
    };
  }
  // A plain mkdir (0755): the postgres system user must be able to enter it when tests run as root.
  const folder = join(tmpdir(), name);
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  let postgres: RunningPostgres;
  try {
    postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), port: await findFreePort() });
    await postgres.ensureDatabase(name);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: postgres.url(name),
    dispose: async () => {
      await postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
