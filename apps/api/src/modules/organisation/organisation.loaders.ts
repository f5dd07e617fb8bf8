import type { DataSource } from 'typeorm';
import { loaderById, loaderOfMany } from '../../graphql/batch-loaders';
import { CostAllocationKeyEntity } from './cost-allocation-key.entity';
import { toCostAllocationKey, toCostAllocationShare } from './cost-allocation-key.mapper';
import { CostAllocationShareEntity } from './cost-allocation-share.entity';
import { createMunicipalitiesByOrganisationLoader } from './municipalities.loader';
import { MunicipalityEntity } from './municipality.entity';
import { toMunicipality } from './municipality.mapper';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisation } from './organisation.mapper';
import { ParticipationEntity } from './participation.entity';
import { toParticipation } from './participation.mapper';
import { PortfolioEntity } from './portfolio.entity';
import { toPortfolio } from './portfolio.mapper';
import { ServiceAreaEntity } from './service-area.entity';
import { toServiceArea } from './service-area.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createOrganisationLoaders(dataSource: DataSource) {
  return {
    municipalitiesByOrganisation: createMunicipalitiesByOrganisationLoader(dataSource),
    organisationById: loaderById(dataSource, OrganisationEntity, toOrganisation),
    municipalityById: loaderById(dataSource, MunicipalityEntity, toMunicipality),
    portfolioById: loaderById(dataSource, PortfolioEntity, toPortfolio),
    serviceAreaById: loaderById(dataSource, ServiceAreaEntity, toServiceArea),
    participationsByOrganisation: loaderOfMany(
      dataSource,
      ParticipationEntity,
      'organisationId',
      { startsOn: 'ASC', id: 'ASC' },
      toParticipation,
    ),
    participationsByMunicipality: loaderOfMany(
      dataSource,
      ParticipationEntity,
      'municipalityId',
      { startsOn: 'ASC', id: 'ASC' },
      toParticipation,
    ),
    portfoliosByOrganisation: loaderOfMany(
      dataSource,
      PortfolioEntity,
      'organisationId',
      { name: 'ASC', id: 'ASC' },
      toPortfolio,
    ),
    serviceAreasByOrganisation: loaderOfMany(
      dataSource,
      ServiceAreaEntity,
      'organisationId',
      { name: 'ASC', id: 'ASC' },
      toServiceArea,
    ),
    serviceAreasByPortfolio: loaderOfMany(
      dataSource,
      ServiceAreaEntity,
      'portfolioId',
      { name: 'ASC', id: 'ASC' },
      toServiceArea,
    ),
    costAllocationKeysByOrganisation: loaderOfMany(
      dataSource,
      CostAllocationKeyEntity,
      'organisationId',
      { name: 'ASC', id: 'ASC' },
      toCostAllocationKey,
    ),
    costAllocationSharesByKey: loaderOfMany(
      dataSource,
      CostAllocationShareEntity,
      'costAllocationKeyId',
      { municipality: { name: 'ASC' }, id: 'ASC' },
      toCostAllocationShare,
    ),
  };
}
