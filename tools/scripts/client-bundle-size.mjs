#!/usr/bin/env node
// The client's initial JavaScript, gzipped: main.js and every chunk it imports statically (lazy routes load
// through dynamic import() and are not counted). Fails above the budget in apps/web/project.json
// (targets.bundle-budget.options.maximumGzipKb); `--json` prints the figures for the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.env['CLIENT_DIR'] ?? 'dist/apps/web/browser';
const project = JSON.parse(readFileSync('apps/web/project.json', 'utf8'));
const { maximumGzipKb, warningGzipKb } = project.targets['bundle-budget'].options;

const main = readdirSync(dir).find((file) => /^main-.*\.js$/.test(file));
if (!main) {
  console.error(`no main-*.js in ${dir}: build the client first (npx nx run web:build)`);
  process.exit(1);
}
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;
const initial = new Set([main]);
for (const file of initial) {
  for (const match of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) initial.add(match[1]);
}
const files = [...initial].map((file) => {
  const content = readFileSync(join(dir, file));
  return { file, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
});
const total = {
  rawKb: files.reduce((sum, f) => sum + f.rawBytes, 0) / 1024,
  gzipKb: files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files, ...total, maximumGzipKb }, null, 2));
} else {
  for (const f of files)
    console.log(
      `${f.file.padEnd(24)} ${(f.rawBytes / 1024).toFixed(1).padStart(8)} kB ${(f.gzipBytes / 1024).toFixed(1).padStart(7)} kB gzip`,
    );
  console.log(
    `initial JS: ${total.rawKb.toFixed(1)} kB, ${total.gzipKb.toFixed(1)} kB gzipped (budget ${maximumGzipKb} kB, aim ${warningGzipKb} kB)`,
  );
}
if (total.gzipKb > maximumGzipKb) {
  console.error(
    `the client's initial JS is ${total.gzipKb.toFixed(1)} kB gzipped, over the budget of ${maximumGzipKb} kB`,
  );
  process.exit(1);
}
if (total.gzipKb > warningGzipKb) console.warn(`warning: above the aim of ${warningGzipKb} kB gzipped`);
