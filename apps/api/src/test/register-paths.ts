// Jest's globalSetup runs outside its module sandbox, where moduleNameMapper does not apply:
// resolve the workspace's path aliases (@bestuurskracht/...) from tsconfig.base.json instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });
