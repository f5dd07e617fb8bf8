import type { SubjectName } from '@bestuurskracht/shared/authz';
import DataLoader from 'dataloader';
import {
  In,
  type DataSource,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsRelations,
  type ObjectLiteral,
} from 'typeorm';
import type { Viewer } from '../authz/viewer';
import { EntityRows } from '../database/entity-rows';

/**
 * DataLoader building blocks: every batch is one SQL statement, whatever the number of parents, and the answers
 * come back in the order of the keys (DataLoader's contract).
 */
export function loaderById<E extends ObjectLiteral & { id: string }, T>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  toModel: (entity: E) => T,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { id: In([...ids]) } as never });
    const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function loaderOfMany<E extends ObjectLiteral, T>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: FindOptionsOrder<E>,
  toModel: (entity: E) => T,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await dataSource
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as never, order, relations: relationsOf(order) });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(toModel(row));
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Ordering by a column of a related row (e.g. the gemeente's name) joins that relation in the same statement. */
function relationsOf<E>(order: FindOptionsOrder<E>): FindOptionsRelations<E> {
  return Object.fromEntries(
    Object.entries(order)
      .filter(([, value]) => typeof value === 'object' && value !== null)
      .map(([relation]) => [relation, true]),
  ) as FindOptionsRelations<E>;
}

/** For loaders whose answer is a record the schema requires: a dangling reference is a server error. */
export function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} referenced by a row does not exist`);
  return value;
}

/** Groups rows fetched for many keys in one statement, in the order of the keys. */
export function groupByKey<R, T>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(toNode(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/** The one row per key (or null), in the order of the keys. */
export function oneByKey<R, T>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): (T | null)[] {
  const byKey = new Map<string, T>(rows.map((row) => [keyOf(row), toNode(row)]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * Like `loaderById`, for a protected subject: a row the viewer may not read answers null, exactly like a missing
 * one, so a nested field never shows what a list would hide.
 */
export function visibleById<E extends ObjectLiteral & { id: string }, T>(
  dataSource: DataSource,
  viewer: Viewer,
  subject: SubjectName,
  entity: EntityTarget<E>,
  toModel: (entity: E) => T,
): DataLoader<string, T | null> {
  return visibleOneBy(dataSource, viewer, subject, entity, 'id', toModel);
}

/** Like `visibleById`, by another unique column (e.g. the advice of an agenda item). */
export function visibleOneBy<E extends ObjectLiteral, T>(
  dataSource: DataSource,
  viewer: Viewer,
  subject: SubjectName,
  entity: EntityTarget<E>,
  column: keyof E & string,
  toModel: (entity: E) => T,
): DataLoader<string, T | null> {
  const rows = EntityRows.of(dataSource, entity);
  return new DataLoader(async (keys) => {
    const found = await selectVisible(rows, viewer, subject, column, keys, '');
    return oneByKey(keys, found, (row) => row[column] as string, toModel);
  });
}

/**
 * Like `loaderOfMany`, for a protected subject: each parent's visible children, in one statement. `orderBy` names
 * entity properties of the child.
 */
export function visibleOfMany<E extends ObjectLiteral, T>(
  dataSource: DataSource,
  viewer: Viewer,
  subject: SubjectName,
  entity: EntityTarget<E>,
  column: keyof E & string,
  orderBy: [keyof E & string, 'ASC' | 'DESC'][],
  toModel: (entity: E) => T,
): DataLoader<string, T[]> {
  const rows = EntityRows.of(dataSource, entity);
  const order = orderBy.map(([property, direction]) => `${rows.column(property)} ${direction}`).join(', ');
  return new DataLoader(async (keys) => {
    const found = await selectVisible(rows, viewer, subject, column, keys, order ? `ORDER BY ${order}` : '');
    return groupByKey(keys, found, (row) => row[column] as string, toModel);
  });
}

/** The rows whose `column` is one of `keys` and that the viewer may read, in one statement. */
function selectVisible<E extends ObjectLiteral>(
  rows: EntityRows<E>,
  viewer: Viewer,
  subject: SubjectName,
  column: string,
  keys: readonly string[],
  orderBy: string,
): Promise<E[]> {
  const params: unknown[] = [[...keys]];
  const visible = viewer.whereRaw(subject, EntityRows.ALIAS, params);
  return rows.select(`WHERE ${rows.column(column)} = ANY($1::uuid[]) AND ${visible} ${orderBy}`, params);
}
