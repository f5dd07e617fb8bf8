import type { Measurement } from './measure';

export interface WorkloadResult {
  name: string;
  records: number;
  /** one request at a time: latency */
  api: Measurement;
  sql: Measurement;
  plainHttp: Measurement;
  /** ten at a time: throughput */
  api10: Measurement;
  sql10: Measurement;
  plainHttp10: Measurement;
  /** SQL statements per request, by page size */
  statements: Record<string, number>;
}

export interface ScaleResult {
  factor: number;
  database: string;
  rows: number;
  workloads: WorkloadResult[];
  agendaPageStatements?: Record<string, number>;
  agendaPage?: { medianMs: number; loads: number[] };
}

export interface BenchReport {
  measuredAt: string;
  machine: { node: string; cpus: number };
  secondsPerMeasurement: number;
  clientInitialJs: { gzipKb: number; rawKb: number };
  scales: ScaleResult[];
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const ratio = (value: number) => `${value.toFixed(2)}×`;

interface Target {
  measure: string;
  value: number;
  target: string;
  met: boolean;
}

export function targets(report: BenchReport): Target[] {
  const list: Target[] = [];
  const [base, scaled] = [report.scales[0], report.scales[report.scales.length - 1]];
  for (const scale of report.scales) {
    const agenda = scale.workloads.find((w) => w.name.startsWith('DB agenda'));
    if (agenda) {
      const p50 = agenda.api.p50Ms / agenda.sql.p50Ms;
      const p95 = agenda.api.p95Ms / agenda.sql.p95Ms;
      list.push({
        measure: `${scale.factor}×: agenda p50 vs raw SQL`,
        value: p50,
        target: '≤ 3×',
        met: p50 <= 3,
      });
      list.push({
        measure: `${scale.factor}×: agenda p95 vs raw SQL`,
        value: p95,
        target: '≤ 4×',
        met: p95 <= 4,
      });
    }
    for (const workload of scale.workloads) {
      const throughput = workload.api10.requestsPerSecond / workload.plainHttp10.requestsPerSecond;
      list.push({
        measure: `${scale.factor}×: ${workload.name} throughput at 10 vs plain HTTP`,
        value: throughput,
        target: '≥ 0.3×',
        met: throughput >= 0.3,
      });
    }
    const counts = [
      ...scale.workloads.map((w) => [w.name, Object.values(w.statements)] as const),
      ['DB agendas, a page of meetings', Object.values(scale.agendaPageStatements ?? {})] as const,
    ];
    for (const [name, values] of counts) {
      const max = Math.max(...values);
      list.push({
        measure: `${scale.factor}×: ${name} SQL statements per request`,
        value: max,
        target: 'constant, ≤ 6',
        met: max <= 6 && values.every((v) => v === values[0]),
      });
    }
  }
  if (base && scaled && base !== scaled) {
    for (const workload of scaled.workloads) {
      const one = base.workloads.find((w) => w.name === workload.name);
      if (!one) continue;
      const growth = workload.api.p50Ms / one.api.p50Ms;
      list.push({
        measure: `${workload.name} p50, ${scaled.factor}× vs 1× data`,
        value: growth,
        target: '≤ 1.2×',
        met: growth <= 1.2,
      });
    }
  }
  return list;
}

export function printReport(report: BenchReport): void {
  const rows: string[][] = [
    [
      'data',
      'query',
      'records',
      'API p50/p95 ms',
      'SQL p50/p95 ms',
      'plain HTTP p50/p95 ms',
      'API/SQL p50',
      'API/SQL p95',
      'req/s at 10: API',
      'SQL',
      'plain',
      'API/plain',
      'SQL statements per request',
    ],
  ];
  for (const scale of report.scales) {
    for (const w of scale.workloads) {
      rows.push([
        `${scale.factor}× (${scale.rows.toLocaleString('en')} rows)`,
        w.name,
        String(w.records),
        `${ms(w.api.p50Ms)} / ${ms(w.api.p95Ms)}`,
        `${ms(w.sql.p50Ms)} / ${ms(w.sql.p95Ms)}`,
        `${ms(w.plainHttp.p50Ms)} / ${ms(w.plainHttp.p95Ms)}`,
        ratio(w.api.p50Ms / w.sql.p50Ms),
        ratio(w.api.p95Ms / w.sql.p95Ms),
        w.api10.requestsPerSecond.toFixed(0),
        w.sql10.requestsPerSecond.toFixed(0),
        w.plainHttp10.requestsPerSecond.toFixed(0),
        ratio(w.api10.requestsPerSecond / w.plainHttp10.requestsPerSecond),
        Object.entries(w.statements)
          .map(([size, n]) => `${size}: ${n}`)
          .join(', '),
      ]);
    }
    if (scale.agendaPageStatements) {
      rows.push([
        `${scale.factor}×`,
        'DB agendas, a page of meetings',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        Object.entries(scale.agendaPageStatements)
          .map(([size, n]) => `${size}: ${n}`)
          .join(', '),
      ]);
    }
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(`\n${line(rows[0] ?? [])}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));

  console.log('');
  for (const scale of report.scales) {
    if (scale.agendaPage) {
      console.log(
        `${scale.factor}×: agenda page (40 items) shows its data in headless Chromium after ` +
          `${scale.agendaPage.medianMs.toFixed(0)} ms (median of ${scale.agendaPage.loads.length} cold loads)`,
      );
    }
  }
  console.log(
    `client initial JS: ${report.clientInitialJs.gzipKb.toFixed(1)} kB gzipped (${report.clientInitialJs.rawKb.toFixed(1)} kB raw)`,
  );
  console.log('\ntargets:');
  for (const t of targets(report)) {
    console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.measure}: ${ratio(t.value)} (target ${t.target})`);
  }
}
