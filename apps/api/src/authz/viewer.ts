import { subject as asSubject } from '@casl/ability';
import type { Action, Actor, AppAbility, SubjectName } from '@bestuurskracht/shared/authz';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { forbidden, notFound, unauthenticated } from '../graphql/errors';
import { rulesToSql, type Bind } from './rules-to-sql';
import { PARENTS } from './subject-entities';
import type { SubjectTables } from './subject-tables';

export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The person behind one request: their actor facts, the CASL ability built from the shared rules, and the SQL
 * visibility predicates derived from the same rules. Made once per request; nothing of it outlives the request.
 */
export class Viewer {
  private parameterCount = 0;
  /** Predicates already derived in this request, their bound values as numbered markers ⟨n⟩ */
  private readonly predicates = new Map<string, { template: string; values: unknown[] }>();

  constructor(
    readonly actor: Actor,
    readonly ability: AppAbility,
    private readonly tables: SubjectTables,
  ) {}

  get personId(): string | null {
    return this.actor.personId;
  }

  /** The signed-in person's id; resolvers are guarded, so this only fails for a public operation that needs it. */
  requirePersonId(): string {
    if (this.actor.personId === null) throw unauthenticated();
    return this.actor.personId;
  }

  /** Whether the rules allow `action` on this row (or on some row of the subject, without one). */
  can(action: Action, subject: SubjectName, row?: ObjectLiteral, field?: string): boolean {
    return row
      ? this.ability.can(action, asSubject(subject, { ...row }) as never, field)
      : this.ability.can(action, subject, field);
  }

  /** A refused read is answered exactly like a missing record. */
  readable<T extends ObjectLiteral>(subject: SubjectName, row: T | null | undefined): T {
    if (!row || !this.can('read', subject, row)) throw notFound(subject);
    return row;
  }

  /** For writes: NOT_FOUND when the person may not even read the row, FORBIDDEN when they may read but not act. */
  authorize<T extends ObjectLiteral>(action: Action, subject: SubjectName, row: T | null | undefined): T {
    const visible = this.readable(subject, row);
    if (!this.can(action, subject, visible)) throw forbidden(`you may not ${action} this ${subject}`);
    return visible;
  }

  /** For creating: the row as it would be inserted must be allowed. */
  authorizeNew(subject: SubjectName, row: ObjectLiteral): void {
    if (!this.can('create', subject, row)) throw forbidden(`you may not create this ${subject}`);
  }

  /**
   * Loads one row of a subject when the SQL predicate and the ability both allow reading it; otherwise NOT_FOUND.
   * (They agree by construction and by test; checking both keeps a disagreement from ever leaking a row.)
   */
  async findReadable<T extends ObjectLiteral>(
    manager: EntityManager,
    subject: SubjectName,
    id: string,
  ): Promise<T> {
    return this.readable(subject, await this.findVisible<T>(manager, subject, id));
  }

  /** As findReadable, but null for a missing or refused row. */
  async findVisible<T extends ObjectLiteral>(
    manager: EntityManager,
    subject: SubjectName,
    id: string,
  ): Promise<T | null> {
    const { table } = this.tables.of(subject);
    const visible = this.where(subject, 'row');
    const entity = await manager
      .createQueryBuilder<T>(table, 'row')
      .where('row.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    return entity && this.can('read', subject, entity) ? entity : null;
  }

  /** The visibility predicate for a query builder whose alias for the subject's table is `alias`. */
  where(subject: SubjectName, alias: string, action: Action = 'read'): SqlPredicate {
    const params: Record<string, unknown> = {};
    const sql = this.boundPredicate(subject, alias, action, (value) => {
      const name = `authz_${(this.parameterCount += 1)}`;
      params[name] = value;
      return `:${name}`;
    });
    // parenthesised: query builders join conditions with AND without brackets, and the predicate ORs rules
    return { sql: `(${sql})`, params };
  }

  /** The same predicate for raw SQL: values are appended to `params` as $n placeholders. */
  whereRaw(subject: SubjectName, alias: string, params: unknown[], action: Action = 'read'): string {
    const sql = this.boundPredicate(subject, alias, action, (value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${sql})`;
  }

  /**
   * The predicate with its values bound by `bind`. Deriving it from the rules is done once per request and
   * subject (a nested list asks for it once per batch), binding each time.
   */
  private boundPredicate(subject: SubjectName, alias: string, action: Action, bind: Bind): string {
    const key = `${subject}\u0000${alias}\u0000${action}`;
    let derived = this.predicates.get(key);
    if (!derived) {
      const values: unknown[] = [];
      const template = this.predicate(subject, alias, action, (value) => {
        values.push(value);
        return `⟨${values.length - 1}⟩`;
      });
      derived = { template, values };
      this.predicates.set(key, derived);
    }
    const { values } = derived;
    return derived.template.replace(/⟨(\d+)⟩/g, (_, index: string) => bind(values[Number(index)]));
  }

  private predicate(subject: SubjectName, alias: string, action: Action, bind: Bind): string {
    const { columns } = this.tables.of(subject);
    const own = rulesToSql(
      this.ability.rulesFor(action, subject),
      (field) => {
        const column = columns.get(field);
        if (!column) throw new Error(`rule for ${subject} names the unknown field ${field}`);
        return { sql: `${alias}."${column.name}"`, isArray: column.isArray };
      },
      bind,
    );
    const parents = PARENTS[subject];
    if (!parents || own === 'FALSE' || action !== 'read') return own;
    const parentChecks = parents.map(({ column, subject: parent, via }, index) => {
      const parentAlias = `${alias}_p${index}`;
      const key = via
        ? via.includes('{alias}')
          ? via.replaceAll('{alias}', alias)
          : `${alias}."${via}"`
        : `${alias}."${column}"`;
      const parentSql = this.predicate(parent, parentAlias, 'read', bind);
      return `(${alias}."${column}" IS NOT NULL AND EXISTS (SELECT 1 FROM "${this.tables.of(parent).table}" ${parentAlias}
        WHERE ${parentAlias}.id = ${key} AND (${parentSql})))`;
    });
    return `(${own}) AND (${parentChecks.join(' OR ')})`;
  }
}
