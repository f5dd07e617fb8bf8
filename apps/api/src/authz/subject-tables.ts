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

/** Each subject's table and columns, read once from the TypeORM metadata. */
@Injectable()
export class SubjectTables {
  private readonly tables: Map<SubjectName, SubjectTable>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.tables = new Map(
      SUBJECT_NAMES.map((name) => {
        const metadata = dataSource.getMetadata(SUBJECT_ENTITIES[name]);
        const columns = new Map(
          metadata.columns.map((c) => [c.propertyName, { name: c.databaseName, isArray: c.isArray }]),
        );
        return [name, { table: metadata.tableName, columns }];
      }),
    );
  }

  of(subject: SubjectName): SubjectTable {
    const table = this.tables.get(subject);
    if (!table) throw new Error(`no table for subject ${subject}`);
    return table;
  }
}
