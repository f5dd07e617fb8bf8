import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOST = '127.0.0.1';

/** What globalSetup hands to globalTeardown. */
export interface RunningServer {
  readonly baseUrl: string;
  readonly tempDir: string;
  readonly process: ChildProcess;
  readonly output: OutputLog;
}

/** The last lines the server wrote, to explain a failed start or stop. */
export class OutputLog {
  private lines: string[] = [];

  constructor(private readonly maxLines = 400) {}

  append(chunk: Buffer | string): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (this.lines.length > this.maxLines) this.lines = this.lines.slice(-this.maxLines);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** Asks the OS for a port nobody listens on; `avoid` keeps two calls from handing out the same one. */
export async function freePort(avoid: readonly number[] = []): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, HOST, () => {
        const address = probe.address();
        probe.close(() =>
          typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
        );
      });
    });
    if (!avoid.includes(port)) return port;
  }
  throw new Error('could not find a free TCP port');
}

export interface ServerSettings {
  readonly port: number;
  readonly databasePort: number;
  readonly dataDir: string;
  readonly clientDir: string;
}

/**
 * The environment the product runs with in production, on our ports and in our temp dir. A DATABASE_URL
 * from the developer's shell must not leak in (the run would touch their database): only E2E_DATABASE_URL
 * selects an external database; otherwise the API starts its embedded PostgreSQL.
 */
export function serverEnvironment(base: NodeJS.ProcessEnv, settings: ServerSettings): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = base;
  return {
    ...env,
    NODE_ENV: 'production',
    PORT: String(settings.port),
    HOST,
    DATA_DIR: settings.dataDir,
    EMBEDDED_POSTGRES_PORT: String(settings.databasePort),
    CLIENT_DIR: settings.clientDir,
    ...(base['E2E_DATABASE_URL'] ? { DATABASE_URL: base['E2E_DATABASE_URL'] } : {}),
  };
}

export class ServerStartError extends Error {
  constructor(reason: string, output: OutputLog) {
    super(
      `${reason}\n--- server output ---\n${output.toString() || '(nothing)'}\n--- end of server output ---`,
    );
    this.name = 'ServerStartError';
  }
}

export interface ReadinessOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Why waiting is pointless, e.g. "the server exited with code 1"; undefined while it may still come up. */
  readonly gaveUp?: () => string | undefined;
}

/** Polls until `url` answers 200; throws with the reason when the time is up or the server has gone. */
export async function waitForReady(url: string, options: ReadinessOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const gaveUp = options.gaveUp?.();
    if (gaveUp) throw new Error(gaveUp);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
  throw new Error(`${url} was not ready within ${options.timeoutMs / 1000} s (last: ${last})`);
}

/** A fresh folder for the embedded database; 0755, not mkdtemp's 0700, so initdb (as `postgres`) can enter it. */
export function makeTempDir(): string {
  const dir = join(tmpdir(), `bestuurskracht-e2e-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755); // the umask may have narrowed the mode
  return dir;
}

export async function startServer(workspaceRoot: string, readyTimeoutMs = 90_000): Promise<RunningServer> {
  const port = await freePort();
  const databasePort = await freePort([port]);
  const tempDir = makeTempDir();
  const output = new OutputLog();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: serverEnvironment(process.env, {
      port,
      databasePort,
      dataDir: tempDir,
      clientDir: 'dist/apps/web/browser',
    }),
    // Its own process group, so a hung server can be stopped together with the PostgreSQL it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.append(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.append(chunk));
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `the server exited early (${signal ?? `code ${code}`})`));
  child.once('error', (error) => (exited = `the server could not be started: ${error.message}`));

  const baseUrl = `http://${HOST}:${port}`;
  const server: RunningServer = { baseUrl, tempDir, process: child, output };
  try {
    await waitForReady(`${baseUrl}/health/ready`, { timeoutMs: readyTimeoutMs, gaveUp: () => exited });
  } catch (error) {
    await stopServer(server);
    throw new ServerStartError(error instanceof Error ? error.message : String(error), output);
  }
  return server;
}

/** SIGTERM, wait (bounded), then SIGKILL the process group; always removes the temp dir. */
export async function stopServer(server: RunningServer, timeoutMs = 20_000): Promise<void> {
  const child = server.process;
  try {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
      ]);
      if (!stopped) {
        console.warn(`e2e: the server did not stop within ${timeoutMs / 1000} s of SIGTERM; killing it`);
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
    }
  } finally {
    rmSync(server.tempDir, { recursive: true, force: true });
  }
}
