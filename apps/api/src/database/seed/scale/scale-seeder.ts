import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BatchWriter } from './batch-writer';
import { writeArrangement, type ScaleGemeente } from './scale-arrangement';
import { planArrangements, Random, scaleShape, type ScaleShape } from './scale-plan';

export interface ScaleOptions {
  factor: number;
  /** "Demo today" the dates are relative to; defaults to today in the Netherlands */
  today?: string;
  /** PRNG seed: the same seed and factor give the same shape */
  seed?: number;
  log?: (line: string) => void;
}

export interface ScaleResult {
  shape: ScaleShape;
  /** Rows written per table */
  counts: Record<string, number>;
  rows: number;
  seconds: number;
}

/**
 * Fills the database with the demo's shape multiplied by `factor`, in one transaction, with multi-row
 * INSERT … SELECT FROM unnest(…) batches. New gemeenten get free CBS codes (codes already present are skipped)
 * and new arrangements continue the numbering, so a second run adds to the first instead of colliding.
 */
export async function seedScale(dataSource: DataSource, options: ScaleOptions): Promise<ScaleResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const shape = scaleShape(options.factor);
  const today = options.today ?? todayInNetherlands();
  const random = new Random(options.seed ?? 20_100);
  log(
    `scale factor ${options.factor}: ${shape.gemeenten} gemeenten, ${shape.arrangements} arrangements, ` +
      `${shape.months} months of meetings (+2 ahead)`,
  );

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SET LOCAL synchronous_commit = off`);
    const reported = new Map<string, number>();
    const out = new BatchWriter(runner, (table, total) => {
      const step = 100_000;
      if (Math.floor(total / step) > Math.floor((reported.get(table) ?? 0) / step)) {
        log(`  ${table}: ${total.toLocaleString('en')} rows (${elapsed(started)})`);
      }
      reported.set(table, total);
    });

    const gemeenten = await writeGemeenten(runner.query.bind(runner), out, random, shape.gemeenten);
    const [{ last }] = await runner.query(
      `SELECT coalesce(max(substring(name FROM '^Samenwerkingsverband ([0-9]+)$')::int), 0) AS last FROM organisation`,
    );
    const plan = planArrangements(random, gemeenten.length, shape.arrangements);
    for (const [index, memberIndexes] of plan.entries()) {
      const number = Number(last) + index + 1;
      const code = String(number).padStart(4, '0');
      await writeArrangement(out, random, {
        number,
        name: `Samenwerkingsverband ${code}`,
        domain: `sv${code}.scale.example`,
        members: memberIndexes.map((i) => gemeenten[i]),
        today,
        months: shape.months,
      });
      if ((index + 1) % Math.max(1, Math.round(plan.length / 10)) === 0 || index === plan.length - 1) {
        log(`arrangement ${index + 1}/${plan.length} generated (${elapsed(started)})`);
      }
    }
    await out.flushAll();
    await runner.commitTransaction();
    const counts = Object.fromEntries(out.counts);
    const rows = [...out.counts.values()].reduce((sum, n) => sum + n, 0);
    return { shape, counts, rows, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Gemeenten with free CBS codes ("Gemeente 0001" for GM0001), each with a secretaris, burgemeester and wethouders. */
async function writeGemeenten(
  query: (sql: string) => Promise<{ cbs_code: string }[]>,
  out: BatchWriter,
  random: Random,
  count: number,
): Promise<ScaleGemeente[]> {
  const taken = new Set((await query(`SELECT cbs_code FROM municipality`)).map((row) => row.cbs_code));
  const gemeenten: ScaleGemeente[] = [];
  for (let code = 1; gemeenten.length < count; code++) {
    if (code > 9999) throw new Error(`no free CBS codes left for ${count} gemeenten`);
    const cbsCode = `GM${String(code).padStart(4, '0')}`;
    if (taken.has(cbsCode)) continue;
    const digits = cbsCode.slice(2);
    const domain = `gm${digits}.scale.example`;
    const person = async (local: string, name: string) => {
      const id = randomUUID();
      await out.add('person', { id, name: `${name} ${digits}`, email: `${local}@${domain}` });
      return id;
    };
    const gemeente: ScaleGemeente = {
      id: randomUUID(),
      name: `Gemeente ${digits}`,
      inhabitants: random.int(900, 160_000),
      secretaris: await person('gemeentesecretaris', 'Gemeentesecretaris'),
      burgemeester: await person('burgemeester', 'Burgemeester'),
      wethouders: [
        await person('wethouder.sociaal', 'Wethouder Sociaal'),
        await person('wethouder.ruimte', 'Wethouder Ruimte'),
        await person('wethouder.financien', 'Wethouder Financiën'),
      ],
    };
    await out.add('municipality', {
      id: gemeente.id,
      name: gemeente.name,
      cbs_code: cbsCode,
      inhabitants: gemeente.inhabitants,
    });
    gemeenten.push(gemeente);
  }
  return gemeenten;
}

function elapsed(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
