import type { QueryRunner } from 'typeorm';

/**
 * Column lists per table with their PostgreSQL types, in foreign-key order: a table is flushed only after every
 * table before it, so a row never points to a row still in a buffer. Arrays (`uuid[]`) travel as text literals and
 * are cast back, since unnest would flatten a two-dimensional array.
 */
const TABLES: Record<string, string> = {
  municipality: 'id:uuid name:text cbs_code:text inhabitants:int4',
  organisation: 'id:uuid name:text kind:text legal_form:text established_on:date',
  participation: 'id:uuid organisation_id:uuid municipality_id:uuid starts_on:date',
  portfolio: 'id:uuid organisation_id:uuid code:text name:text',
  service_area: 'id:uuid organisation_id:uuid code:text name:text portfolio_id:uuid',
  service_assignment:
    'id:uuid organisation_id:uuid service_area_id:uuid municipality_id:uuid starts_on:date cost_share_percent:numeric',
  cost_allocation_key: 'id:uuid organisation_id:uuid name:text method:text',
  cost_allocation_share: 'id:uuid cost_allocation_key_id:uuid municipality_id:uuid value:numeric',
  person: 'id:uuid name:text email:text',
  body: 'id:uuid organisation_id:uuid kind:text name:text portfolio_id:uuid municipality_id:uuid advises_body_id:uuid votes:bool quorum:int4',
  membership:
    'id:uuid person_id:uuid organisation_id:uuid body_id:uuid portfolio_id:uuid role:text municipality_id:uuid starts_on:date ends_on:date',
  meeting:
    'id:uuid organisation_id:uuid body_id:uuid title:text starts_at:timestamptz ends_at:timestamptz location:text status:text confidentiality:text agenda_published_at:timestamptz',
  proposal:
    'id:uuid organisation_id:uuid portfolio_id:uuid service_area_id:uuid author_id:uuid title:text summary:text state:text current_version:int4 municipality_scope:uuid[] confidentiality:text created_at:timestamptz',
  proposal_version:
    'id:uuid proposal_id:uuid number:int4 title:text body:text financial_consequences:text change_note:text created_by_id:uuid created_at:timestamptz',
  decision_point: 'id:uuid proposal_version_id:uuid number:int4 text:text',
  financial_impact: 'id:uuid proposal_version_id:uuid municipality_id:uuid amount_cents:int8',
  agenda_item:
    'id:uuid organisation_id:uuid meeting_id:uuid body_id:uuid position:int4 title:text purpose:text handling:text proposal_id:uuid source_agenda_item_id:uuid service_area_id:uuid municipality_scope:uuid[] confidentiality:text',
  advice:
    'id:uuid organisation_id:uuid body_id:uuid proposal_id:uuid agenda_item_id:uuid outcome:text reasoning:text status:text confidentiality:text drafted_by_id:uuid adopted_by_id:uuid adopted_at:timestamptz',
  advice_reservation: 'id:uuid advice_id:uuid municipality_id:uuid text:text recorded_by_id:uuid',
  review:
    'id:uuid organisation_id:uuid agenda_item_id:uuid body_id:uuid author_id:uuid municipality_id:uuid visibility:text text:text',
  decision_list:
    'id:uuid organisation_id:uuid body_id:uuid meeting_id:uuid status:text adopted_in_meeting_id:uuid adopted_at:timestamptz published_at:timestamptz retention_class:text',
  decision:
    'id:uuid organisation_id:uuid body_id:uuid meeting_id:uuid agenda_item_id:uuid proposal_version_id:uuid decision_list_id:uuid title:text text:text outcome:text decided_on:date municipality_scope:uuid[] confidentiality:text published_at:timestamptz retention_class:text',
  vote: 'id:uuid decision_id:uuid person_id:uuid municipality_id:uuid choice:text',
  task: 'id:uuid organisation_id:uuid municipality_id:uuid for_organisation:bool assignee_id:uuid title:text due_on:date status:text origin:text decision_id:uuid agenda_item_id:uuid body_id:uuid requested_by_municipality_ids:uuid[] confidentiality:text created_by_id:uuid completed_at:timestamptz completed_by_id:uuid',
  publication:
    'id:uuid organisation_id:uuid kind:text subject_id:uuid due_at:timestamptz published_at:timestamptz published_by_id:uuid',
  audit_entry:
    'organisation_id:uuid actor_id:uuid action:text subject_type:text subject_id:uuid details:jsonb at:timestamptz',
};

export type ScaleTable = keyof typeof TABLES;
type Value = string | number | boolean | null | string[];

interface Buffer {
  columns: { name: string; type: string }[];
  rows: Value[][];
}

export const BATCH_ROWS = 5_000;

/** Buffers rows per table and writes them with one INSERT … SELECT FROM unnest(…) per ~5,000 rows. */
export class BatchWriter {
  readonly counts = new Map<string, number>();
  private readonly order = Object.keys(TABLES);
  private readonly buffers = new Map<string, Buffer>(
    Object.entries(TABLES).map(([table, spec]) => [
      table,
      {
        columns: spec.split(' ').map((column) => {
          const [name, type] = column.split(':');
          return { name, type };
        }),
        rows: [],
      },
    ]),
  );

  constructor(
    private readonly runner: QueryRunner,
    private readonly onFlush: (table: string, total: number) => void = () => undefined,
  ) {}

  /** Adds a row given as an object keyed by column name (missing columns are NULL). */
  async add(table: ScaleTable, row: Record<string, Value | undefined>): Promise<void> {
    const buffer = this.buffers.get(table) as Buffer;
    buffer.rows.push(buffer.columns.map((column) => row[column.name] ?? null));
    if (buffer.rows.length >= BATCH_ROWS) await this.flushThrough(table);
  }

  /** Writes every buffered row of `table` and of all tables it may point to. */
  async flushThrough(table: string): Promise<void> {
    for (const name of this.order.slice(0, this.order.indexOf(table) + 1)) await this.flushTable(name);
  }

  async flushAll(): Promise<void> {
    for (const name of this.order) await this.flushTable(name);
  }

  private async flushTable(table: string): Promise<void> {
    const buffer = this.buffers.get(table) as Buffer;
    if (buffer.rows.length === 0) return;
    const rows = buffer.rows;
    buffer.rows = [];
    const parameters = buffer.columns.map((column, index) =>
      rows.map((row) => {
        const value = row[index];
        return Array.isArray(value) ? `{${value.join(',')}}` : value;
      }),
    );
    const unnestTypes = buffer.columns.map((column, index) => {
      const type = column.type.endsWith('[]') || column.type === 'jsonb' ? 'text' : column.type;
      return `$${index + 1}::${type}[]`;
    });
    const select = buffer.columns.map((column, index) =>
      column.type.endsWith('[]') || column.type === 'jsonb' ? `c${index}::${column.type}` : `c${index}`,
    );
    await this.runner.query(
      `INSERT INTO ${table} (${buffer.columns.map((c) => c.name).join(', ')})
       SELECT ${select.join(', ')}
         FROM unnest(${unnestTypes.join(', ')}) AS u(${buffer.columns.map((_, i) => `c${i}`).join(', ')})`,
      parameters,
    );
    const total = (this.counts.get(table) ?? 0) + rows.length;
    this.counts.set(table, total);
    this.onFlush(table, total);
  }
}
