import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopServer } from './server';
import { artefactsDir } from './workspace';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__BESTUURSKRACHT_E2E_SERVER__;
  if (!server) return;
  globalThis.__BESTUURSKRACHT_E2E_SERVER__ = undefined;
  await stopServer(server);
  // Kept for reading after a failed journey.
  writeFileSync(join(artefactsDir, 'server.log'), `${server.output.toString()}\n`);
}
