import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../../auth/password-hash';
import { DEMO_PASSWORD, type DemoPerson } from './people';

export type Row = Record<string, unknown>;

/**
 * Writes demo rows with parameterised SQL inside the seed's transaction and counts them per table. Ids are made
 * here (crypto.randomUUID), so callers can link rows without reading them back.
 */
export class SeedWriter {
  readonly added = new Map<string, number>();
  /** One hash for every demo person: they share a published password, so separate salts would hide nothing. */
  private demoPasswordHash?: Promise<string>;

  constructor(readonly manager: EntityManager) {}

  /** Inserts one row and returns its id (generated unless given; audit_entry has an identity id). */
  async insert(table: string, row: Row): Promise<string> {
    const values: Row = table === 'audit_entry' || 'id' in row ? row : { id: randomUUID(), ...row };
    const columns = Object.keys(values);
    const placeholders = columns.map((_, index) => `$${index + 1}`);
    await this.manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
      columns.map((column) => values[column]),
    );
    this.count(table, 1);
    return values['id'] as string;
  }

  /**
   * Inserts a row unless its natural key exists (ON CONFLICT DO NOTHING); returns the id of the new or the
   * existing row. `conflict` is the unique index's column list, `key` the WHERE to find the existing row.
   */
  async ensure(table: string, row: Row, conflict: string, key: Row): Promise<string> {
    const columns = Object.keys(row);
    const inserted: { id: string }[] = await this.manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (${conflict}) DO NOTHING RETURNING id`,
      columns.map((column) => row[column]),
    );
    if (inserted.length > 0) {
      this.count(table, 1);
      return inserted[0].id;
    }
    const keyColumns = Object.keys(key);
    const existing: { id: string }[] = await this.manager.query(
      `SELECT id FROM ${table} WHERE ${keyColumns.map((column, i) => `${column} = $${i + 1}`).join(' AND ')}`,
      keyColumns.map((column) => key[column]),
    );
    return existing[0].id;
  }

  /** Inserts a demo person, who signs in with DEMO_PASSWORD, unless their e-mail address exists in any case. */
  async ensurePerson(person: DemoPerson): Promise<string> {
    const passwordHash = await (this.demoPasswordHash ??= hashPassword(DEMO_PASSWORD));
    return this.ensure('person', { ...person, password_hash: passwordHash }, '(lower(email))', {
      'lower(email)': person.email,
    });
  }

  count(table: string, rows: number): void {
    this.added.set(table, (this.added.get(table) ?? 0) + rows);
  }
}

/** ISO day `days` after `day` (both yyyy-mm-dd, calendar arithmetic in UTC so no DST shifts). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Day of the week of an ISO day: 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** A wall-clock moment in Dutch time, as PostgreSQL timestamptz input. */
export function at(day: string, time = '09:00'): string {
  return `${day} ${time}:00 Europe/Amsterdam`;
}

/** Dutch date for titles, e.g. "12 maart 2026". */
export function dutchDate(day: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${months[month - 1]} ${year}`;
}

/** A small text document as the document table stores it: bytes, size and SHA-256. */
export function textDocument(text: string): { content: Buffer; size_bytes: number; sha256: string } {
  const content = Buffer.from(text, 'utf8');
  return { content, size_bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Splits an amount in cents over shares (percentages), rounding so that the parts add up to the whole. */
export function splitCents(totalCents: number, percents: number[]): number[] {
  const sum = percents.reduce((a, b) => a + b, 0);
  const parts = percents.map((percent) => Math.round((totalCents * percent) / sum));
  parts[parts.length - 1] += totalCents - parts.reduce((a, b) => a + b, 0);
  return parts;
}
