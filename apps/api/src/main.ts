import 'reflect-metadata';
import { isPortFree, StartupError } from '@bestuurskracht/api/embedded-postgres';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureHttp } from './http/configure-http';
import { type AppConfig, ConfigError, LOG_LEVELS, loadConfig } from './config/app-config';
import { type PreparedDatabase, prepareDatabase } from './database/prepare-database';
import { seedDemoData } from './database/seed/seed-demo-data';

const logger = new Logger('Bestuurskracht');

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!(await isPortFree(config.port, config.host))) {
    throw new StartupError(
      `port ${config.port} is already in use on ${config.host}; stop the other process or set PORT`,
    );
  }
  const started = Date.now();
  const database = await prepareDatabase(config);
  let app: NestExpressApplication | undefined;
  const shutdown = onceShutdown(async () => {
    await app?.close();
    await database.embedded?.stop();
  });
  try {
    app = await createApp(config, database);
    await app.listen(config.port, config.host);
  } catch (error) {
    await shutdown();
    throw error;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received, stopping`);
      shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  const where = database.embedded ? `embedded PostgreSQL on port ${database.embedded.port}` : 'DATABASE_URL';
  logger.log(`ready in ${Date.now() - started} ms at http://localhost:${config.port} (database: ${where})`);
}

async function createApp(config: AppConfig, database: PreparedDatabase): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database.url), {
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
    bodyParser: false,
  });
  configureHttp(app, config);
  await app.init();
  if (config.seedDemoData) {
    const added = await seedDemoData(app.get<DataSource>(getDataSourceToken()));
    logger.log(`demo data: ${added.organisations} organisations and ${added.municipalities} gemeenten added`);
  }
  return app;
}

function onceShutdown(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= work());
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) {
    console.error(`Bestuurskracht cannot start: ${error.message}`);
  } else {
    console.error('Bestuurskracht cannot start:', error);
  }
  process.exit(1);
});
