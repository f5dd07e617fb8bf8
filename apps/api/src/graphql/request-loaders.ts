import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createMunicipalitiesByOrganisationLoader } from '../modules/organisation/municipalities.loader';

export type RequestLoaders = ReturnType<RequestLoadersFactory['create']>;

/** Makes fresh DataLoaders for each request, so batching and caching never cross requests. */
@Injectable()
export class RequestLoadersFactory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create() {
    return {
      municipalitiesByOrganisation: createMunicipalitiesByOrganisationLoader(this.dataSource),
    };
  }
}
