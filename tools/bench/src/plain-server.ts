/**
 * The "plain Node HTTP" baseline: node:http and a pg pool the size of the API's, answering each workload's
 * hand-written SQL as JSON. Started by the bench in a process of its own: DATABASE_URL, PORT, BENCH_CONTEXT.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { workloads, type WorkloadContext } from './workloads';

const context = JSON.parse(process.env['BENCH_CONTEXT'] ?? '{}') as WorkloadContext;
const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
pool.on('error', () => undefined);
const byPath = new Map(workloads(context).map((workload, index) => [`/w/${index}`, workload]));

const server = createServer((request, response) => {
  const workload = byPath.get(request.url ?? '');
  if (request.url === '/ready') return void response.end('ok');
  if (!workload) return void response.writeHead(404).end();
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { pageSize } = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { pageSize?: number };
    pool.query(workload.sql, workload.sqlParams(pageSize ?? 50)).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result.rows[0]));
      },
      () => response.writeHead(500).end(),
    );
  });
});
server.listen(Number(process.env['PORT']), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
