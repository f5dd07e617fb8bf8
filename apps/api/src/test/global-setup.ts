import './register-paths';
import { createTestDatabase, type TestDatabase } from '@bestuurskracht/api/testing';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';

declare global {
  var testDatabase: TestDatabase | undefined;
}

/** One fresh database per test run, migrated once; test files share it through TEST_DATABASE_URL. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  globalThis.testDatabase = database;
  const dataSource = await new DataSource(dataSourceOptions({ url: database.url })).initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env['TEST_DATABASE_URL'] = database.url;
}
