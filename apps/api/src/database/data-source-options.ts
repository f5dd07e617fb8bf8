import { Client, type ClientConfig } from 'pg';
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
  const onError = onPoolError ?? (() => undefined);
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
    // Without an error listener a dropped connection would crash the process: the pool listens to its idle
    // clients and TypeORM to the one it holds, but a second error of a dying connection (the server's FATAL, then
    // the closed socket) can reach a client after TypeORM let go of it. So every client listens from birth.
    poolErrorHandler: onError,
    extra: {
      connectionTimeoutMillis: 5_000,
      application_name: 'bestuurskracht',
      Client: class ListeningClient extends Client {
        constructor(config?: string | ClientConfig) {
          super(config);
          this.on('error', onError);
        }
      },
    },
  };
}
