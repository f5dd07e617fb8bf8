import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { CreateOrganisationInput } from './dto/create-organisation.input';
import type { UpdateOrganisationInput } from './dto/update-organisation.input';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisation } from './organisation.mapper';
import type { Organisation } from './organisation.model';
import { requireRow } from '../../database/references';
import { conflictOnUniqueViolation } from './unique-violation';
import { withoutUndefined } from './without-undefined';

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Organisation> {
    const entity = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!entity) throw notFound('Organisation');
    return toOrganisation(entity);
  }

  async list(): Promise<Organisation[]> {
    const entities = await this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
    return entities.map(toOrganisation);
  }

  create(input: CreateOrganisationInput): Promise<Organisation> {
    return this.dataSource.transaction(async (manager) => {
      await ensureNameFree(manager, input.name);
      const entity = await conflictOnUniqueViolation(
        manager.save(manager.create(OrganisationEntity, input)),
        nameTaken(input.name),
      );
      await this.audit.record(manager, {
        organisationId: entity.id,
        actorId: null,
        action: 'createOrganisation',
        subjectType: 'Organisation',
        subjectId: entity.id,
        details: { name: entity.name },
      });
      return toOrganisation(entity);
    });
  }

  update(input: UpdateOrganisationInput): Promise<Organisation> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await requireRow(manager, OrganisationEntity, input.id, 'Organisation');
      const { id, ...changes } = input;
      if (changes.name !== undefined && changes.name !== entity.name)
        await ensureNameFree(manager, changes.name);
      Object.assign(entity, withoutUndefined(changes));
      const saved = await conflictOnUniqueViolation(manager.save(entity), nameTaken(entity.name));
      await this.audit.record(manager, {
        organisationId: id,
        actorId: null,
        action: 'updateOrganisation',
        subjectType: 'Organisation',
        subjectId: id,
        details: { changes: withoutUndefined(changes) },
      });
      return toOrganisation(saved);
    });
  }
}

async function ensureNameFree(manager: EntityManager, name: string): Promise<void> {
  if (await manager.existsBy(OrganisationEntity, { name })) throw conflict(nameTaken(name));
}

function nameTaken(name: string): string {
  return `an organisation named ${name} already exists`;
}
