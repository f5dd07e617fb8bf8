import { SUBJECT_NAMES, type SubjectName } from '@bestuurskracht/shared/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SUBJECT_ENTITIES } from './subject-entities';

export interface SubjectTable {
  table: string;
  /** property name (as the rules write it) → column name and whether it is an array */
  columns: Map<string, { name: string; isArray: boolean }>;
}

/** Each subject's table and columns, read from the TypeORM metadata on first use (printing the schema has none). */
@Injectable()
export class SubjectTables {
  private tables: Map<SubjectName, SubjectTable> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  of(subject: SubjectName): SubjectTable {
    this.tables ??= new Map(SUBJECT_NAMES.map((name) => [name, this.read(name)]));
    const table = this.tables.get(subject);
    if (!table) throw new Error(`no table for subject ${subject}`);
    return table;
  }

  private read(name: SubjectName): SubjectTable {
    const metadata = this.dataSource.getMetadata(SUBJECT_ENTITIES[name]);
    const columns = new Map(
      metadata.columns.map((c) => [c.propertyName, { name: c.databaseName, isArray: c.isArray }]),
    );
    return { table: metadata.tableName, columns };
  }
}
