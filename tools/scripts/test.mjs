#!/usr/bin/env node
// npm test: formatting, then every project's lint, type check, unit, integration and end-to-end tests,
// and the checks that the committed GraphQL schema and the client's generated types are current.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NG_CLI_ANALYTICS: 'false',
  // A V8 compile cache shared by parallel Jest runs in /tmp once crashed a run on these machines.
  DISABLE_V8_COMPILE_CACHE: '1',
};
const targets = ['lint', 'typecheck', 'test', 'integration', 'schema-check', 'codegen-check', 'bundle-budget', 'e2e'];
const steps = [
  ['npx', ['prettier', '--check', '.']],
  ['npx', ['nx', 'run-many', '-t', ...targets, '--output-style=static', ...process.argv.slice(2)]],
];

const started = Date.now();
for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nnpm test failed at: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nnpm test passed in ${Math.round((Date.now() - started) / 1000)} s`);
