import autocannon from 'autocannon';
import type { Pool } from 'pg';

export interface Measurement {
  p50Ms: number;
  p95Ms: number;
  requestsPerSecond: number;
  samples: number;
  failures: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

function summarise(latencies: number[], seconds: number, failures: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    requestsPerSecond: latencies.length / seconds,
    samples: latencies.length,
    failures,
  };
}

/**
 * HTTP load with autocannon: `connections` clients each send the next request when the last one is answered.
 * Latencies are collected per response (autocannon's own summary has no p95).
 */
export async function loadHttp(
  request: { url: string; body: string; headers: Record<string, string> },
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
        connections,
        pipelining: 1,
        duration: seconds,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failures++;
    });
  });
  failures += result.errors + result.timeouts;
  return summarise(latencies, seconds, failures);
}

/** The same SQL straight through `pg`, from `connections` callers at once, for `seconds`. */
export async function loadSql(
  pool: Pool,
  sql: string,
  params: unknown[],
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await pool.query(sql, params);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  return summarise(latencies, seconds, 0);
}
