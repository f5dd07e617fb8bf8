#!/usr/bin/env node
// Runs one TypeScript file of the API (a CLI script) with the workspace's path aliases.
import { spawnSync } from 'node:child_process';

const [script, ...args] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script, ...args],
  {
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_FILES: 'true' },
  },
);
process.exit(result.status ?? 1);
