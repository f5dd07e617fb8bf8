import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import type { Organisation } from './organisation.model';
import { toOrganisation } from './organisation.mapper';

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<Organisation[]> {
    const entities = await this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
    return entities.map(toOrganisation);
  }
}
