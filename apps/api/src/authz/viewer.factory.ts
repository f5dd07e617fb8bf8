import { createAbility, defineRulesFor } from '@bestuurskracht/shared/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadActor } from './actor.loader';
import { SubjectTables } from './subject-tables';
import { Viewer } from './viewer';

/** Builds the viewer of one request: actor facts from the database, then the shared rules. */
@Injectable()
export class ViewerFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tables: SubjectTables,
  ) {}

  async forPerson(personId: string | null): Promise<Viewer> {
    const actor = await loadActor(this.dataSource, personId);
    return new Viewer(actor, createAbility(defineRulesFor(actor)), this.tables);
  }
}
