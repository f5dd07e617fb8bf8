import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../../graphql/errors';
import { OrganisationEntity } from './organisation.entity';
import type { Organisation } from './organisation.model';
import { toOrganisation } from './organisation.mapper';

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<Organisation> {
    const entity = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!entity) throw notFound('Organisation');
    return toOrganisation(entity);
  }

  async list(): Promise<Organisation[]> {
    const entities = await this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
    return entities.map(toOrganisation);
  }
}
