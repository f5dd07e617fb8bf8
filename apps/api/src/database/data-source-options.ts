import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  onPoolError?: (error: Error) => void;
}

/** One definition of the connection, used by the API, the migration scripts and the tests. */
export function dataSourceOptions({ url, poolSize = 10, onPoolError }: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed.
    uuidExtension: 'pgcrypto',
    poolSize,
    // Without an error listener a dropped connection would crash the process.
    poolErrorHandler: onPoolError ?? (() => undefined),
    extra: { connectionTimeoutMillis: 5_000, application_name: 'bestuurskracht' },
  };
}
