/**
 * Prints the code-first schema to apps/api/src/schema.gql (--write) or fails when the committed file differs
 * (--check). The client's generated types are made from that file, so it must never be stale.
 */
import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { printApiSchema } from './print-api-schema';
import { GraphqlApiModule } from './graphql-api.module';

/** Building the schema needs the modules, not a database. */
@Global()
@Module({ providers: [{ provide: DataSource, useValue: null }], exports: [DataSource] })
class NoDatabaseModule {}

@Module({
  imports: [
    ConfigModule.register(loadConfig({ NODE_ENV: 'development' })),
    NoDatabaseModule,
    GraphqlApiModule,
  ],
})
class SchemaModule {}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const file = join(__dirname, '..', 'schema.gql');
  const app = await NestFactory.create(SchemaModule, { logger: ['error'] });
  await app.init();
  const printed = printApiSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  if (mode === '--write') {
    writeFileSync(file, printed);
    console.log(`Wrote ${file}`);
  } else if (readFileSync(file, 'utf8') !== printed) {
    console.error('apps/api/src/schema.gql is stale: run "npx nx run api:schema" and commit the result.');
    process.exit(1);
  } else {
    console.log('apps/api/src/schema.gql matches the code.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
