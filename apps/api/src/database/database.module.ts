import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

const logger = new Logger('Database');

@Module({})
export class DatabaseModule {
  /** Connects to `url` and brings the schema up to date with the migrations before the API serves anything. */
  static register(url: string, poolSize: number): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url,
            poolSize,
            onPoolError: (error) => logger.warn(`connection lost: ${error.message}`),
          }),
          migrationsRun: true,
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
      ],
    };
  }
}
