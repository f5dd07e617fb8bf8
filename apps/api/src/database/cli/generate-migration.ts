/**
 * Writes a migration with the SQL that brings a database at the latest migration to the current entities.
 * Runs against a throw-away embedded PostgreSQL (or DATABASE_URL), so it never touches your data.
 * Usage: npm run migration:generate -- CreateMeeting
 */
import { startEmbeddedPostgres } from '@bestuurskracht/api/embedded-postgres';
import { findFreePort } from '@bestuurskracht/api/embedded-postgres';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      'give the migration a name in PascalCase, e.g. npm run migration:generate -- CreateMeeting',
    );
  }
  const folder = join(tmpdir(), `bk-migration-${process.pid}`);
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  const postgres = await startEmbeddedPostgres({
    dataDir: join(folder, 'postgres'),
    port: await findFreePort(),
  });
  try {
    await postgres.ensureDatabase(SCRATCH_DATABASE);
    const dataSource = await new DataSource(
      dataSourceOptions({ url: postgres.url(SCRATCH_DATABASE) }),
    ).initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = join(__dirname, '..', 'migrations', `${timestamp}-${name}.ts`);
    const lines = (queries: Query[]) =>
      queries
        .map(withCurrentDatabase)
        .map(
          (q) =>
            `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
    );
    registerMigration(className, `${timestamp}-${name}`);
    execFileSync('npx', ['prettier', '--write', file, indexFile], { stdio: 'inherit' });
    console.log(`Wrote ${file} and registered it in migrations/index.ts.`);
  } finally {
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

interface Query {
  query: string;
  parameters?: unknown[];
}

const SCRATCH_DATABASE = 'bk_migration_scratch';

/**
 * TypeORM records generated columns in typeorm_metadata under the database's name; a migration must not bake in
 * the scratch database's name, so that parameter becomes current_database().
 */
function withCurrentDatabase({ query, parameters = [] }: Query): Query {
  const index = parameters.indexOf(SCRATCH_DATABASE);
  if (index < 0) return { query, parameters };
  const renumbered = query.replace(/\$(\d+)/g, (_match, digits: string) => {
    const position = Number(digits) - 1;
    if (position === index) return 'current_database()';
    return `$${position > index ? position : position + 1}`;
  });
  return withCurrentDatabase({
    query: renumbered,
    parameters: parameters.filter((_value, i) => i !== index),
  });
}

const indexFile = join(__dirname, '..', 'migrations', 'index.ts');

function registerMigration(className: string, fileName: string): void {
  const index = readFileSync(indexFile, 'utf8')
    .replace(/^(\/\*\*[^]*?\*\/\n)/m, `import { ${className} } from './${fileName}';\n$1`)
    .replace(/export const MIGRATIONS = \[([^]*?)\];/, (_all, list: string) => {
      const names = list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      return `export const MIGRATIONS = [${[...names, className].join(', ')}];`;
    });
  writeFileSync(indexFile, index);
}

main().catch((error: unknown) => {
  console.error(`migration:generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
