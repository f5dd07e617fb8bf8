/**
 * `npm run bench`: the API measured against the raw SQL for the same rows and a plain Node HTTP endpoint, on the
 * demo data (1×) and on the demo plus `seed:scale` data (100×), in one run. Prints one table and writes it as JSON
 * to dist/bench/. Options: --factor N (default 100), --seconds N per measurement (default 5), --fresh (rebuild
 * the bench databases), --no-build (use the built dist/), --no-browser.
 */
import {
  startEmbeddedPostgres,
  findFreePort,
  type RunningPostgres,
} from '@bestuurskracht/api/embedded-postgres';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client, Pool } from 'pg';
import { ensureAgendaFixture } from './agenda-fixture';
import { GraphqlClient } from './graphql-client';
import { loadHttp, loadSql } from './measure';
import { agendaPageTiming } from './page-timing';
import { startApi, startServer, runScript } from './processes';
import { printReport, type ScaleResult, type BenchReport } from './report';
import { statementsPerRequest } from './statement-count';
import { agendaListWorkload, PAGE_SIZE, workloads, type WorkloadContext } from './workloads';

const PAGE_SIZES = [1, 10, 50, 100];

interface Options {
  factor: number;
  seconds: number;
  fresh: boolean;
  build: boolean;
  browser: boolean;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    const parsed = index === -1 ? fallback : Number(args[index + 1]);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} needs a positive number`);
    return parsed;
  };
  return {
    factor: value('--factor', 100),
    seconds: value('--seconds', 5),
    fresh: args.includes('--fresh'),
    build: !args.includes('--no-build'),
    browser: !args.includes('--no-browser'),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    console.log('building the API and the client (production)…');
    const build = spawnSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
      // without the ts-node settings this script runs under: the API's webpack build would read them
      { encoding: 'utf8', env: { ...withoutTsNode(process.env), NX_NO_CLOUD: 'true' } },
    );
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const postgres = await startEmbeddedPostgres({
    dataDir: resolve('.data/bench/postgres'),
    port: await findFreePort(),
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top' },
  });
  const admin = new Client({ connectionString: postgres.url('postgres') });
  await admin.connect();
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const scales: ScaleResult[] = [];
    for (const factor of [1, options.factor]) {
      scales.push(await benchScale(postgres, admin, factor, options));
    }
    const bundle = JSON.parse(
      spawnSync(process.execPath, ['tools/scripts/client-bundle-size.mjs', '--json'], { encoding: 'utf8' })
        .stdout,
    ) as { gzipKb: number; rawKb: number };
    const report: BenchReport = {
      measuredAt: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      secondsPerMeasurement: options.seconds,
      clientInitialJs: { gzipKb: bundle.gzipKb, rawKb: bundle.rawKb },
      scales,
    };
    const folder = resolve('dist/bench');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `bench-${report.measuredAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    writeFileSync(join(folder, 'latest.json'), JSON.stringify(report, null, 2));
    printReport(report);
    console.log(`\nwritten to ${file}`);
  } finally {
    await admin.end();
    await postgres.stop();
  }
}

function withoutTsNode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('TS_NODE_')));
}

async function benchScale(
  postgres: RunningPostgres,
  admin: Client,
  factor: number,
  options: Options,
): Promise<ScaleResult> {
  const database = `bench_${factor}x`;
  if (options.fresh) await postgres.dropDatabase(database);
  await postgres.ensureDatabase(database);
  const url = postgres.url(database);
  const sql = new Client({ connectionString: url });
  await sql.connect();
  const pool = new Pool({ connectionString: url, max: 10 });
  try {
    console.log(`\n${database}: migrations and demo data…`);
    let api = await startApi(url, true);
    // the demo has two organisations; seed:scale adds its arrangements beside them
    const organisations = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM organisation`);
    if (factor > 1 && Number(organisations.rows[0]?.n) <= 2) {
      console.log(`${database}: seed:scale --factor ${factor} (a few minutes at 100×)…`);
      await runScript('apps/api/src/database/seed/scale/seed-scale.ts', ['--factor', String(factor)], {
        DATABASE_URL: url,
      });
    }
    const fixture = await ensureAgendaFixture(sql, api.baseUrl);
    // vacuumed and analysed now, so autovacuum does not take a core from the measurements after a fresh seed
    await sql.query('VACUUM (ANALYZE)');
    // a fresh API process, so the fixture's writes and sessions do not colour the measurements
    await api.stop();
    api = await startApi(url, false);
    const board = await sql.query<{ body_id: string }>(`SELECT body_id FROM meeting WHERE id = $1`, [
      fixture.meetingId,
    ]);
    const context: WorkloadContext = { ...fixture, boardId: board.rows[0]?.body_id ?? '' };
    const rows = await sql.query<{ n: string }>(
      `SELECT sum(n_live_tup)::bigint AS n FROM pg_stat_user_tables`,
    );
    const plain = await startServer(
      'the plain HTTP server',
      ['tools/scripts/ts-run.mjs', 'tools/bench/src/plain-server.ts'],
      { DATABASE_URL: url, BENCH_CONTEXT: JSON.stringify(context) },
      '/ready',
    );
    const clients = new Map<string, GraphqlClient>();
    const as = async (email: string) => {
      if (!clients.has(email)) clients.set(email, await GraphqlClient.signIn(api.baseUrl, email));
      return clients.get(email) as GraphqlClient;
    };
    const result: ScaleResult = { factor, database, rows: Number(rows.rows[0]?.n), workloads: [] };
    try {
      for (const [index, workload] of workloads(context).entries()) {
        const client = await as(workload.persona);
        const variables = workload.variables(PAGE_SIZE);
        const answer = await client.request(workload.graphql, variables);
        const sqlRow = (await pool.query(workload.sql, workload.sqlParams(PAGE_SIZE))).rows[0] as Record<
          string,
          unknown
        >;
        const apiIds = workload.idsFromGraphql(answer);
        const sqlIds = workload.idsFromSql(sqlRow);
        if (JSON.stringify(apiIds) !== JSON.stringify(sqlIds)) {
          throw new Error(
            `${workload.name}: the API answered ${apiIds.length} records, the baseline SQL ${sqlIds.length}; ` +
              `they must read the same rows (only in the API: ${apiIds.filter((id) => !sqlIds.includes(id)).join(', ') || '-'}; ` +
              `only in SQL: ${sqlIds.filter((id) => !apiIds.includes(id)).join(', ') || '-'})`,
          );
        }
        const apiRequest = {
          url: `${api.baseUrl}/graphql`,
          body: GraphqlClient.body(workload.graphql, variables),
          headers: { cookie: client.cookie },
        };
        const plainRequest = {
          url: `${plain.baseUrl}/w/${index}`,
          body: JSON.stringify({ pageSize: PAGE_SIZE }),
          headers: {},
        };
        console.log(`${database}: ${workload.name} (${apiIds.length} records)…`);
        await loadHttp(apiRequest, 10, 2);
        await loadHttp(plainRequest, 10, 2);
        const sqlParams = workload.sqlParams(PAGE_SIZE);
        const measured = {
          api: await loadHttp(apiRequest, 1, options.seconds),
          sql: await loadSql(pool, workload.sql, sqlParams, 1, options.seconds),
          plainHttp: await loadHttp(plainRequest, 1, options.seconds),
          api10: await loadHttp(apiRequest, 10, options.seconds),
          sql10: await loadSql(pool, workload.sql, sqlParams, 10, options.seconds),
          plainHttp10: await loadHttp(plainRequest, 10, options.seconds),
        };
        const statements: Record<string, number> = {};
        if (workload.name !== 'DB agenda (40 items)') {
          for (const size of PAGE_SIZES) {
            statements[size] = await statementsPerRequest(
              admin,
              database,
              client,
              workload.graphql,
              workload.variables(size),
            );
          }
        } else {
          statements['1 agenda'] = await statementsPerRequest(
            admin,
            database,
            client,
            workload.graphql,
            variables,
          );
        }
        result.workloads.push({ name: workload.name, records: apiIds.length, ...measured, statements });
      }
      const list = agendaListWorkload(context);
      const statements: Record<string, number> = {};
      for (const size of PAGE_SIZES) {
        statements[size] = await statementsPerRequest(
          admin,
          database,
          await as(list.persona),
          list.graphql,
          list.variables(size),
        );
      }
      result.agendaPageStatements = statements;
      if (options.browser) {
        console.log(`${database}: the agenda page in Chromium…`);
        const director = await as('directeur@kempengemeenten.example');
        result.agendaPage = await agendaPageTiming(api.baseUrl, director.cookie, context.meetingId, 40);
      }
    } finally {
      await plain.stop();
      await api.stop();
    }
    return result;
  } finally {
    await pool.end();
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
