import { existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { freePort, HOST, makeTempDir, OutputLog, serverEnvironment, waitForReady } from './server';

const settings = { port: 4100, databasePort: 4101, dataDir: '/tmp/x', clientDir: 'dist/apps/web/browser' };

describe('serverEnvironment', () => {
  it('runs the product in production mode on the given ports, data dir and client', () => {
    const env = serverEnvironment({ PATH: '/usr/bin' }, settings);

    expect(env).toEqual({
      PATH: '/usr/bin',
      NODE_ENV: 'production',
      PORT: '4100',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/x',
      EMBEDDED_POSTGRES_PORT: '4101',
      CLIENT_DIR: 'dist/apps/web/browser',
    });
  });

  it("never passes on the developer's DATABASE_URL", () => {
    const env = serverEnvironment({ DATABASE_URL: 'postgres://mine' }, settings);

    expect(env).not.toHaveProperty('DATABASE_URL');
  });

  it('uses E2E_DATABASE_URL as the database when it is set', () => {
    const env = serverEnvironment(
      { DATABASE_URL: 'postgres://mine', E2E_DATABASE_URL: 'postgres://e2e' },
      settings,
    );

    expect(env['DATABASE_URL']).toBe('postgres://e2e');
  });
});

describe('freePort', () => {
  it('hands out a port that can be listened on, and not one it was told to avoid', async () => {
    const first = await freePort();
    const second = await freePort([first]);
    const server = createTcpServer();

    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(second, HOST, resolve));
    await new Promise((resolve) => server.close(resolve));

    expect(second).not.toBe(first);
  });
});

describe('makeTempDir', () => {
  it('makes a fresh folder that others may enter (0755)', () => {
    const dir = makeTempDir();
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o755);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(existsSync(dir)).toBe(false);
  });
});

describe('waitForReady', () => {
  let server: Server;
  let url: string;
  let answers: number[];

  beforeEach(async () => {
    answers = [];
    server = createServer((_request, response) => {
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
    const address = server.address();
    url = `http://${HOST}:${typeof address === 'object' && address ? address.port : 0}/health/ready`;
  });

  afterEach(() => new Promise((resolve) => server.close(resolve)));

  it('waits while the server answers 503 and resolves on 200', async () => {
    answers = [503, 503];

    await expect(waitForReady(url, { timeoutMs: 5_000, intervalMs: 10 })).resolves.toBeUndefined();
    expect(answers).toEqual([]);
  });

  it('gives up after the timeout and says what it last saw', async () => {
    answers = Array<number>(1000).fill(503);

    await expect(waitForReady(url, { timeoutMs: 200, intervalMs: 10 })).rejects.toThrow(
      /not ready within 0.2 s \(last: HTTP 503\)/,
    );
  });

  it('stops waiting as soon as the server has exited', async () => {
    await expect(
      waitForReady(url, { timeoutMs: 5_000, gaveUp: () => 'the server exited early (code 1)' }),
    ).rejects.toThrow('the server exited early (code 1)');
  });
});

describe('OutputLog', () => {
  it('keeps only the last lines', () => {
    const log = new OutputLog(2);

    log.append('een\ntwee\n');
    log.append('drie\n');

    expect(log.toString()).toBe('twee\ndrie');
  });
});
