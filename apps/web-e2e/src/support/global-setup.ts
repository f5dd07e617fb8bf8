import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './server';
import { artefactsDir, workspaceRoot } from './workspace';

export default async function globalSetup(): Promise<void> {
  const server = await startServer(workspaceRoot);
  // Test files read the address from the environment: workers start after this and inherit it.
  process.env['E2E_BASE_URL'] = server.baseUrl;
  // globalSetup and globalTeardown share this process, so the handle can stay in memory.
  globalThis.__BESTUURSKRACHT_E2E_SERVER__ = server;
  mkdirSync(artefactsDir, { recursive: true });
  writeFileSync(join(artefactsDir, 'base-url.txt'), `${server.baseUrl}\n`);
}
