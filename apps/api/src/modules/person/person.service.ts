import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../database/sql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { conflictOnUniqueViolation } from '../organisation/unique-violation';
import { withoutUndefined } from '../organisation/without-undefined';
import type { CreatePersonInput } from './dto/create-person.input';
import type { PersonsArgs } from './dto/persons.args';
import type { UpdatePersonInput } from './dto/update-person.input';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';
import type { Person } from './person.model';

@Injectable()
export class PersonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Person> {
    return toPerson(await viewer.findReadable<PersonEntity>(this.dataSource.manager, 'Person', id));
  }

  list(viewer: Viewer, args: PersonsArgs): Promise<ConnectionShape<Person>> {
    const visible = viewer.where('Person', 'person');
    const query = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .where(visible.sql, visible.params);
    if (args.organisationId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM membership WHERE membership.person_id = person.id AND membership.organisation_id = :organisationId)',
        { organisationId: args.organisationId },
      );
    }
    if (args.nameContains) {
      query.andWhere('person.name ILIKE :pattern', { pattern: `%${escapeLike(args.nameContains)}%` });
    }
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'person.name', value: (row: PersonEntity) => row.name }],
        idColumn: 'person.id',
        direction: 'ASC',
      },
      toPerson,
    );
  }

  create(viewer: Viewer, input: CreatePersonInput): Promise<Person> {
    const actorId = viewer.requirePersonId();
    const email = input.email.trim();
    viewer.authorizeNew('Person', { name: input.name, email, active: true });
    return this.dataSource.transaction(async (manager) => {
      await ensureEmailFree(manager, email, null);
      const entity = await conflictOnUniqueViolation(
        manager.save(
          manager.create(PersonEntity, { name: input.name, email, passwordHash: null, active: true }),
        ),
        emailTaken(email),
      );
      await this.audit.record(manager, {
        organisationId: null,
        actorId,
        action: 'createPerson',
        subjectType: 'Person',
        subjectId: entity.id,
        details: { name: entity.name, email },
      });
      return toPerson(entity);
    });
  }

  update(viewer: Viewer, input: UpdatePersonInput): Promise<Person> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const entity = viewer.authorize(
        'update',
        'Person',
        await viewer.findReadable<PersonEntity>(manager, 'Person', input.id),
      );
      const { id, ...given } = input;
      const changes = withoutUndefined({ ...given, email: given.email?.trim() });
      if (changes.email !== undefined) await ensureEmailFree(manager, changes.email, id);
      Object.assign(entity, changes);
      const saved = await conflictOnUniqueViolation(manager.save(entity), emailTaken(entity.email));
      await this.audit.record(manager, {
        organisationId: null,
        actorId,
        action: 'updatePerson',
        subjectType: 'Person',
        subjectId: id,
        details: { changes },
      });
      return toPerson(saved);
    });
  }
}

/** E-mail addresses are unique regardless of case, like the index person_email_key on lower(email). */
async function ensureEmailFree(
  manager: EntityManager,
  email: string,
  exceptId: string | null,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM person WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
    [email, exceptId],
  );
  if (rows.length > 0) throw conflict(emailTaken(email));
}

function emailTaken(email: string): string {
  return `a person with e-mail address ${email} already exists`;
}
