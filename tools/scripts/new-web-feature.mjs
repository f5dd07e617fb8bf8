#!/usr/bin/env node
// Scaffolds libs/web/feature-<name>: an Angular feature lib like the others (tags, lint, typecheck, jest,
// path alias), with `src/lib/operations/` for its GraphQL operations. Usage: node tools/scripts/new-web-feature.mjs agenda
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z][a-z-]*$/.test(name)) {
  console.error('usage: node tools/scripts/new-web-feature.mjs <name, lower-case, e.g. agenda>');
  process.exit(2);
}
const dir = `libs/web/feature-${name}`;
if (existsSync(dir)) {
  console.error(`${dir} exists already`);
  process.exit(1);
}
const project = `web-feature-${name}`;
mkdirSync(`${dir}/src/lib/operations`, { recursive: true });
for (const file of [
  'tsconfig.json',
  'tsconfig.lib.json',
  'tsconfig.spec.json',
  'eslint.config.mjs',
  'src/test-setup.ts',
]) {
  cpSync(`libs/web/ui/${file}`, `${dir}/${file}`);
}
const replaceUi = (text) => text.replaceAll('libs/web/ui', dir).replaceAll('web-ui', project);
const projectJson = JSON.parse(replaceUi(readFileSync('libs/web/ui/project.json', 'utf8')));
projectJson.tags = ['scope:web', 'type:feature'];
writeFileSync(`${dir}/project.json`, `${JSON.stringify(projectJson, null, 2)}\n`);
writeFileSync(`${dir}/jest.config.ts`, replaceUi(readFileSync('libs/web/ui/jest.config.ts', 'utf8')));
writeFileSync(
  `${dir}/src/index.ts`,
  `export { ${name.replace(/-(.)/g, (_, c) => c.toUpperCase())}Routes } from './lib/routes';\n`,
);

const base = JSON.parse(readFileSync('tsconfig.base.json', 'utf8'));
const paths = {
  ...base.compilerOptions.paths,
  [`@bestuurskracht/web/feature-${name}`]: [`${dir}/src/index.ts`],
};
base.compilerOptions.paths = Object.fromEntries(
  Object.keys(paths)
    .sort()
    .map((key) => [key, paths[key]]),
);
writeFileSync('tsconfig.base.json', `${JSON.stringify(base, null, 2)}\n`);
console.log(
  `created ${dir}; write src/lib/routes.ts exporting ${name}Routes, then run npx prettier --write ${dir} tsconfig.base.json`,
);
