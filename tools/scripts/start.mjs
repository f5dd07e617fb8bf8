#!/usr/bin/env node
// npm start: build what is missing or stale (Nx decides from its hashes), then run the product on one URL.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', NX_NO_CLOUD: 'true' };
const nx = process.platform === 'win32' ? 'nx.cmd' : 'nx';

console.log('Bestuurskracht: building the API and the client where needed…');
const build = spawnSync('npx', [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env,
});
if (build.status !== 0) {
  console.error('Bestuurskracht cannot start: the build failed (see above).');
  process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
  stdio: 'inherit',
  env,
});
// Ctrl-C reaches the API through the terminal; a SIGTERM sent to npm alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => api.kill('SIGTERM'));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
