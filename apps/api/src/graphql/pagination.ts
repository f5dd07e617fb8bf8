import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 200' })
  @Min(1)
  @Max(200)
  first = 50;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when the client asks for it: GraphQL awaits the field, which starts the count */
  totalCount: number | PromiseLike<number>;
}

/** A cursor-paginated list type: `nodes`, `pageInfo { endCursor hasNextPage }`, `totalCount`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(name)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All items matching the filters, over all pages' })
    totalCount: number | PromiseLike<number>;
  }
  return ConnectionType;
}

export interface SortKey {
  /** SQL expression of the query builder, e.g. "meeting.starts_at" */
  column: string;
  /** Reads the same value from a loaded row, for the next cursor */
  value: (row: never) => unknown;
}

/**
 * Keyset pagination: rows after the cursor in (sort keys…, id) order, one extra row to know whether a next page
 * exists, and a lazy count. Cost grows with the page size, not with the table.
 */
export async function paginate<E extends ObjectLiteral, T>(
  query: SelectQueryBuilder<E>,
  args: PageArgs,
  order: { keys: SortKey[]; idColumn: string; direction: 'ASC' | 'DESC' },
  toNode: (row: E) => T,
): Promise<ConnectionShape<T>> {
  const countQuery = query.clone();
  const columns = [...order.keys.map((key) => key.column), order.idColumn];
  if (args.after) {
    const values = decodeCursor(args.after, columns.length);
    const placeholders = values.map((_value, index) => `:cursor${index}`);
    query.andWhere(
      `(${columns.join(', ')}) ${order.direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`,
      Object.fromEntries(values.map((value, index) => [`cursor${index}`, value])),
    );
  }
  columns.forEach((column, index) =>
    (index === 0 ? query.orderBy : query.addOrderBy).call(query, column, order.direction),
  );
  const rows = await query
    .take(undefined)
    .limit(args.first + 1)
    .getMany();
  const page = rows.slice(0, args.first);
  const last = page.at(-1) as (E & { id: string }) | undefined;
  return {
    nodes: page.map(toNode),
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last
        ? encodeCursor([...order.keys.map((key) => normalise(key.value(last as never))), last.id])
        : null,
    },
    totalCount: lazy(() => countQuery.getCount()),
  };
}

/** A thenable that runs `work` only when awaited, so an unrequested total costs no query. */
function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected) };
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after is not a cursor of this list', [
    { field: 'after', message: 'is not a valid cursor' },
  ]);
}
