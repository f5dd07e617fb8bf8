import type { SeedWriter } from './seed-writer';

export interface DemoMunicipalityRow {
  id: string;
  cbsCode: string;
  name: string;
  inhabitants: number;
}

/** A person acting in a body, with the gemeente they act for (null: for the organisation). */
export interface Seat {
  personId: string;
  municipalityId: string | null;
  role: string;
}

/** Everything the demo of one organisation shares between its files. */
export interface DemoContext {
  writer: SeedWriter;
  /** The "demo today" (yyyy-mm-dd, Dutch time): all dates are relative to it */
  today: string;
  organisationId: string;
  municipalities: DemoMunicipalityRow[];
  people: Map<string, string>;
}

/** Looks up a seeded person's id by e-mail; throws on a typo so the seed fails loudly in tests. */
export function personId(context: DemoContext, email: string): string {
  const id = context.people.get(email);
  if (!id) throw new Error(`demo person ${email} was not seeded`);
  return id;
}

export function municipalityByCbs(context: DemoContext, cbsCode: string): DemoMunicipalityRow {
  const municipality = context.municipalities.find((m) => m.cbsCode === cbsCode);
  if (!municipality) throw new Error(`demo gemeente ${cbsCode} is missing`);
  return municipality;
}

/** Cost shares by inhabitants in percent (2 decimals), adding up to exactly 100. */
export function sharesByInhabitants(municipalities: DemoMunicipalityRow[]): Map<string, number> {
  const total = municipalities.reduce((sum, m) => sum + m.inhabitants, 0);
  const shares = new Map<string, number>();
  let assigned = 0;
  municipalities.forEach((municipality, index) => {
    const share =
      index === municipalities.length - 1
        ? Math.round((100 - assigned) * 100) / 100
        : Math.round((municipality.inhabitants / total) * 10000) / 100;
    assigned += share;
    shares.set(municipality.id, share);
  });
  return shares;
}
