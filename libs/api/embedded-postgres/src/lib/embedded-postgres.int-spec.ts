import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findFreePort } from './free-port';

jest.setTimeout(120_000);

describe('embedded PostgreSQL', () => {
  const root = join(tmpdir(), `bk-embedded-${process.pid}-${Date.now()}`);

  beforeAll(() => mkdirSync(root, { mode: 0o755 }));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps its data across a stop and a second start', async () => {
    const options = { dataDir: join(root, 'postgres'), port: await findFreePort() };
    const first = await startEmbeddedPostgres(options);
    await first.ensureDatabase('bk');
    await withClient(first.url('bk'), (client) =>
      client.query('CREATE TABLE kept (name text); INSERT INTO kept VALUES ($$Bladel$$)'),
    );
    await first.stop();

    const second = await startEmbeddedPostgres(options);
    const rows = await withClient(second.url('bk'), (client) => client.query('SELECT name FROM kept'));
    await second.stop();
    expect(rows.rows).toEqual([{ name: 'Bladel' }]);
  });

  it('refuses a port that is already taken, with a message that says what to do', async () => {
    const port = await findFreePort();
    const running = await startEmbeddedPostgres({ dataDir: join(root, 'first'), port });
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(root, 'second'), port })).rejects.toThrow(
        /already in use.*EMBEDDED_POSTGRES_PORT/,
      );
    } finally {
      await running.stop();
    }
  });
});

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
