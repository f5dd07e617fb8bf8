import { findFreePort } from '@bestuurskracht/api/embedded-postgres';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface RunningServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a Node process that serves HTTP on a free loopback port and resolves once `readyPath` answers 200.
 * The bench measures servers in processes of their own, so the load generator never shares their event loop.
 */
export async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  readyPath: string,
): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start:\n${stderr}`);
    const ready = await fetch(`${baseUrl}${readyPath}`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return { baseUrl, stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopProcess(child);
  throw new Error(`${name} did not become ready within 180 s:\n${stderr}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** The production API bundle (`nx run api:build`) on the given database, as `npm start` runs it. */
export function startApi(databaseUrl: string, seedDemoData: boolean): Promise<RunningServer> {
  return startServer(
    'the API',
    ['dist/apps/api/main.js'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: String(seedDemoData),
      LOG_LEVEL: 'warn',
    },
    '/health/ready',
  );
}

/** Runs a workspace TypeScript script (tools/scripts/ts-run.mjs) to completion. */
export async function runScript(script: string, args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['tools/scripts/ts-run.mjs', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} failed with exit code ${code}`);
}
