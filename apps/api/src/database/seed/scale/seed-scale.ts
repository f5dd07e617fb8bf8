/**
 * Fills DATABASE_URL with the demo's shape multiplied: `npm run seed:scale -- --factor 100` writes all 342
 * gemeenten in about 100 arrangements with ten years of meetings. Migrations run first. Never point this at a
 * database whose data you want to keep clean: it adds (fictional, `.scale.example`) data and removes nothing.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig, redactDatabaseUrl } from '../../../config/app-config';
import { dataSourceOptions } from '../../data-source-options';
import { seedScale } from './scale-seeder';

export { seedScale } from './scale-seeder';

function parseFactor(args: string[]): number {
  const index = args.findIndex((arg) => arg === '--factor' || arg.startsWith('--factor='));
  const raw = index === -1 ? '1' : args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
  const factor = Number(raw);
  if (!raw || !Number.isFinite(factor) || factor <= 0) {
    throw new Error(`--factor must be a positive number, e.g. --factor 100 (got "${raw ?? ''}")`);
  }
  return factor;
}

async function main(): Promise<void> {
  const factor = parseFactor(process.argv.slice(2));
  const { databaseUrl } = loadConfig(process.env);
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL is required: set it to the database to fill, e.g. postgres://user:password@localhost:5432/bestuurskracht_scale',
    );
  }
  console.log(`seed:scale into ${redactDatabaseUrl(databaseUrl)}`);
  const dataSource = await new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 2 })).initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    console.log(`${migrations.length} migration(s) applied`);
    const result = await seedScale(dataSource, { factor, log: (line) => console.log(line) });
    console.log('rows per table:');
    for (const [table, count] of Object.entries(result.counts).sort(([, a], [, b]) => b - a)) {
      console.log(`  ${table.padEnd(24)} ${count.toLocaleString('en').padStart(12)}`);
    }
    console.log(`total ${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`seed:scale: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
