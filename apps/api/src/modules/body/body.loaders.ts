import type { DataSource } from 'typeorm';
import { loaderById, loaderOfMany } from '../../graphql/batch-loaders';
import { BodyEntity } from './body.entity';
import { toBody } from './body.mapper';
import { createMembershipsByBodyLoader, createMembershipsByPersonLoader } from './memberships.loader';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createBodyLoaders(dataSource: DataSource) {
  return {
    bodyById: loaderById(dataSource, BodyEntity, toBody),
    bodiesByOrganisation: loaderOfMany(
      dataSource,
      BodyEntity,
      'organisationId',
      { name: 'ASC', id: 'ASC' },
      toBody,
    ),
    bodiesByPortfolio: loaderOfMany(
      dataSource,
      BodyEntity,
      'portfolioId',
      { name: 'ASC', id: 'ASC' },
      toBody,
    ),
    membershipsByBody: createMembershipsByBodyLoader(dataSource),
    membershipsByPerson: createMembershipsByPersonLoader(dataSource),
  };
}
