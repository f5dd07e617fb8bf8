import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { visibleById, visibleOfMany } from '../../graphql/batch-loaders';
import { BodyEntity } from './body.entity';
import { toBody } from './body.mapper';
import { createMembershipsByBodyLoader, createMembershipsByPersonLoader } from './memberships.loader';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createBodyLoaders(dataSource: DataSource, viewer: Viewer) {
  const byName: [keyof BodyEntity & string, 'ASC'][] = [
    ['name', 'ASC'],
    ['id', 'ASC'],
  ];
  return {
    bodyById: visibleById(dataSource, viewer, 'Body', BodyEntity, toBody),
    bodiesByOrganisation: visibleOfMany(
      dataSource,
      viewer,
      'Body',
      BodyEntity,
      'organisationId',
      byName,
      toBody,
    ),
    bodiesByPortfolio: visibleOfMany(dataSource, viewer, 'Body', BodyEntity, 'portfolioId', byName, toBody),
    membershipsByBody: createMembershipsByBodyLoader(dataSource, viewer),
    membershipsByPerson: createMembershipsByPersonLoader(dataSource, viewer),
  };
}
