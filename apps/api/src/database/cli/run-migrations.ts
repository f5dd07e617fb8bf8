/** Applies pending migrations to DATABASE_URL (the API also does this at every start). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig, redactDatabaseUrl } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig(process.env);
  if (!databaseUrl)
    throw new Error('set DATABASE_URL; the embedded database is migrated by npm start itself');
  const dataSource = await new DataSource(dataSourceOptions({ url: databaseUrl })).initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  console.log(`${applied.length} migration(s) applied to ${redactDatabaseUrl(databaseUrl)}`);
}

main().catch((error: unknown) => {
  console.error(`migration:run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
