import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads entity rows with plain SQL, shaped as TypeORM's `getMany()` shapes them (property names, `date` columns
 * as yyyy-mm-dd strings, arrays as arrays, unselectable columns left out) without its per-row hydration, which
 * was the largest share of the agenda query's CPU time after GraphQL itself. For the hot batch loaders; an
 * integration test holds it equal to `getMany()` for every entity.
 */
export class EntityRows<E extends ObjectLiteral> {
  /** The table's alias in every statement, for predicates written against it */
  static readonly ALIAS = 'row';
  private static readonly made = new WeakMap<
    DataSource,
    Map<EntityTarget<ObjectLiteral>, EntityRows<ObjectLiteral>>
  >();
  private readonly metadata: EntityMetadata;
  private readonly columnList: string;

  /** The reader of an entity's rows, made once per data source (its column list is fixed). */
  static of<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>): EntityRows<E> {
    let readers = EntityRows.made.get(dataSource);
    if (!readers) EntityRows.made.set(dataSource, (readers = new Map()));
    let reader = readers.get(entity as EntityTarget<ObjectLiteral>);
    if (!reader) {
      reader = new EntityRows(dataSource, entity as EntityTarget<ObjectLiteral>);
      readers.set(entity as EntityTarget<ObjectLiteral>, reader);
    }
    return reader as unknown as EntityRows<E>;
  }

  private constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columnList = this.metadata.columns
      .filter((column) => column.isSelect && !column.isVirtual && !column.embeddedMetadata)
      .filter((column) => !column.relationMetadata || isOwn(column))
      .map(
        (column) => `${EntityRows.ALIAS}."${column.databaseName}"${cast(column)} AS "${column.propertyName}"`,
      )
      .join(', ');
  }

  get table(): string {
    return `"${this.metadata.tableName}" ${EntityRows.ALIAS}`;
  }

  /** The column of a property, for WHERE and ORDER BY: `row."agenda_item_id"` */
  column(property: string): string {
    const column = this.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${this.metadata.name} has no column ${property}`);
    return `${EntityRows.ALIAS}."${column.databaseName}"`;
  }

  /** `SELECT <every selectable column> FROM <table> <alias> <rest>` with $n parameters */
  async select(rest: string, params: unknown[]): Promise<E[]> {
    return this.dataSource.query(`SELECT ${this.columnList} FROM ${this.table} ${rest}`, params);
  }
}

/** A foreign-key column the entity declares as a property of its own (e.g. `bodyId` beside `body`). */
function isOwn(column: EntityMetadata['columns'][number]): boolean {
  return column.propertyName !== column.relationMetadata?.propertyName;
}

/** pg parses `date` to a Date and leaves uuid[] as text; TypeORM gives 'yyyy-mm-dd' and an array. */
function cast(column: EntityMetadata['columns'][number]): string {
  if (column.type === 'date') return column.isArray ? '::text[]' : '::text';
  if (
    column.isArray &&
    (column.type === 'uuid' || column.type === 'varchar' || column.type === 'character varying')
  )
    return '::text[]';
  return '';
}
