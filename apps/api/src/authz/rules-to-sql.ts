/**
 * Turns the CASL rules for one action and subject into an SQL predicate over that subject's table, so lists, counts
 * and loaders filter in the database with exactly the rules the ability applies to a single record. The vocabulary
 * is deliberately small (equality, $ne, $in, $nin, $size); anything else is a programming error and throws, so a
 * rule can never silently widen into match-all. A test compares the predicate with `ability.can` row by row.
 */

export interface Column {
  /** qualified SQL name, e.g. `review."municipality_id"` */
  sql: string;
  isArray: boolean;
}

export interface RuleLike {
  conditions?: unknown;
  inverted: boolean;
}

/** Binds a value as a query parameter and answers its placeholder. */
export type Bind = (value: unknown) => string;

const TRUE = 'TRUE';
const FALSE = 'FALSE';

/**
 * CASL checks rules from the highest priority down and the first whose conditions match decides. Folding from the
 * lowest priority up gives the same answer: a regular rule ORs its conditions in, an inverted one ANDs them out.
 */
export function rulesToSql(
  rulesByPriority: RuleLike[],
  column: (field: string) => Column,
  bind: Bind,
): string {
  // Values are bound only when they survive simplification (a rule without conditions drops the ones before it).
  const values: unknown[] = [];
  const token: Bind = (value) => `{{${values.push(value) - 1}}}`;
  let predicate = FALSE;
  for (const rule of [...rulesByPriority].reverse()) {
    const match = conditionsToSql(rule.conditions, column, token);
    // IS NOT TRUE: a condition on a NULL column does not match in CASL, so it must not exclude the row either
    if (rule.inverted) predicate = match === TRUE ? FALSE : and(predicate, `(${match}) IS NOT TRUE`);
    else predicate = match === TRUE ? TRUE : or(predicate, match);
  }
  return predicate.replace(/\{\{(\d+)\}\}/g, (_token, index: string) => bind(values[Number(index)]));
}

function conditionsToSql(conditions: unknown, column: (field: string) => Column, bind: Bind): string {
  if (conditions === undefined) return TRUE;
  if (!isPlainObject(conditions)) throw new Error('rule conditions must be an object');
  const parts = Object.entries(conditions).map(([field, expected]) =>
    fieldToSql(column(field), expected, bind),
  );
  return parts.length ? parts.map((part) => `(${part})`).join(' AND ') : TRUE;
}

function fieldToSql(col: Column, expected: unknown, bind: Bind): string {
  if (!isPlainObject(expected) || !Object.keys(expected).every((key) => key.startsWith('$'))) {
    return equals(col, expected, bind);
  }
  return Object.entries(expected)
    .map(([operator, value]) => operatorToSql(col, operator, value, bind))
    .join(' AND ');
}

function operatorToSql(col: Column, operator: string, value: unknown, bind: Bind): string {
  switch (operator) {
    case '$eq':
      return equals(col, value, bind);
    case '$ne':
      if (col.isArray) throw new Error(`$ne on the array ${col.sql} is not supported`);
      return value === null ? `${col.sql} IS NOT NULL` : `${col.sql} IS DISTINCT FROM ${bind(value)}`;
    case '$in':
      requireList(operator, value);
      if (value.length === 0) return FALSE;
      // On an array column CASL matches when any element is in the list.
      return col.isArray ? `${col.sql} && ${bind(value)}` : `${col.sql} = ANY(${bind(value)})`;
    case '$nin':
      requireList(operator, value);
      if (col.isArray) throw new Error(`$nin on the array ${col.sql} is not supported`);
      if (value.length === 0) return TRUE;
      // CASL's $nin matches a missing value; SQL's NOT ... ANY would not.
      return `(${col.sql} IS NULL OR NOT (${col.sql} = ANY(${bind(value)})))`;
    case '$size':
      if (!col.isArray || typeof value !== 'number')
        throw new Error(`$size needs an array column and a number`);
      return `cardinality(${col.sql}) = ${bind(value)}`;
    default:
      throw new Error(`operator ${operator} has no SQL translation`);
  }
}

function equals(col: Column, value: unknown, bind: Bind): string {
  if (value === null) return col.isArray ? FALSE : `${col.sql} IS NULL`;
  if (isPlainObject(value) || Array.isArray(value))
    throw new Error(`cannot compare ${col.sql} with an object`);
  // On an array column CASL's equality means "contains".
  return col.isArray ? `${bind(value)} = ANY(${col.sql})` : `${col.sql} = ${bind(value)}`;
}

function and(a: string, b: string): string {
  if (a === FALSE || b === FALSE) return FALSE;
  if (a === TRUE) return b;
  if (b === TRUE) return a;
  return `(${a}) AND (${b})`;
}

function or(a: string, b: string): string {
  if (a === TRUE || b === TRUE) return TRUE;
  if (a === FALSE) return b;
  if (b === FALSE) return a;
  return `(${a}) OR (${b})`;
}

function requireList(operator: string, value: unknown): asserts value is unknown[] {
  if (!Array.isArray(value)) throw new Error(`${operator} needs a list`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
