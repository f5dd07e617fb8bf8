import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';
import { loadConfig } from '../config/app-config';

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real API on the run's test database (or on `databaseUrl`); `env` overrides configuration as the
 * environment would.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  databaseUrl = process.env['TEST_DATABASE_URL'],
): Promise<TestApp> {
  const url = databaseUrl;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest.int.config.ts');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config, url)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: ['error'],
    bodyParser: false,
  });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}
