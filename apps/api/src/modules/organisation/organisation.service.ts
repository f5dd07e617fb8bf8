import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { CreateOrganisationInput } from './dto/create-organisation.input';
import type { UpdateOrganisationInput } from './dto/update-organisation.input';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisation } from './organisation.mapper';
import type { Organisation } from './organisation.model';
import { conflictOnUniqueViolation } from './unique-violation';
import { withoutUndefined } from './without-undefined';

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Organisation> {
    return toOrganisation(
      await viewer.findReadable<OrganisationEntity>(this.dataSource.manager, 'Organisation', id),
    );
  }

  async list(viewer: Viewer): Promise<Organisation[]> {
    const visible = viewer.where('Organisation', 'organisation');
    const entities = await this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where(visible.sql, visible.params)
      .orderBy('organisation.name', 'ASC')
      .getMany();
    return entities.map(toOrganisation);
  }

  create(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    const actorId = viewer.requirePersonId();
    viewer.authorizeNew('Organisation', { ...input });
    return this.dataSource.transaction(async (manager) => {
      await ensureNameFree(manager, input.name);
      const entity = await conflictOnUniqueViolation(
        manager.save(manager.create(OrganisationEntity, input)),
        nameTaken(input.name),
      );
      await this.audit.record(manager, {
        organisationId: entity.id,
        actorId,
        action: 'createOrganisation',
        subjectType: 'Organisation',
        subjectId: entity.id,
        details: { name: entity.name },
      });
      return toOrganisation(entity);
    });
  }

  update(viewer: Viewer, input: UpdateOrganisationInput): Promise<Organisation> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const entity = viewer.authorize(
        'update',
        'Organisation',
        await viewer.findReadable<OrganisationEntity>(manager, 'Organisation', input.id),
      );
      const { id, ...changes } = input;
      if (changes.name !== undefined && changes.name !== entity.name)
        await ensureNameFree(manager, changes.name);
      Object.assign(entity, withoutUndefined(changes));
      const saved = await conflictOnUniqueViolation(manager.save(entity), nameTaken(entity.name));
      await this.audit.record(manager, {
        organisationId: id,
        actorId,
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
