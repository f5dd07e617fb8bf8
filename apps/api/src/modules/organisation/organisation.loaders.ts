import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, visibleById, visibleOfMany } from '../../graphql/batch-loaders';
import { CostAllocationKeyEntity } from './cost-allocation-key.entity';
import { toCostAllocationKey, toCostAllocationShare } from './cost-allocation-key.mapper';
import type { CostAllocationShare } from './cost-allocation-key.model';
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
export function createOrganisationLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    municipalitiesByOrganisation: createMunicipalitiesByOrganisationLoader(dataSource, viewer),
    organisationById: visibleById(dataSource, viewer, 'Organisation', OrganisationEntity, toOrganisation),
    municipalityById: visibleById(dataSource, viewer, 'Municipality', MunicipalityEntity, toMunicipality),
    portfolioById: visibleById(dataSource, viewer, 'Portfolio', PortfolioEntity, toPortfolio),
    serviceAreaById: visibleById(dataSource, viewer, 'ServiceArea', ServiceAreaEntity, toServiceArea),
    participationsByOrganisation: visibleOfMany(
      dataSource,
      viewer,
      'Participation',
      ParticipationEntity,
      'organisationId',
      [
        ['startsOn', 'ASC'],
        ['id', 'ASC'],
      ],
      toParticipation,
    ),
    participationsByMunicipality: visibleOfMany(
      dataSource,
      viewer,
      'Participation',
      ParticipationEntity,
      'municipalityId',
      [
        ['startsOn', 'ASC'],
        ['id', 'ASC'],
      ],
      toParticipation,
    ),
    portfoliosByOrganisation: visibleOfMany(
      dataSource,
      viewer,
      'Portfolio',
      PortfolioEntity,
      'organisationId',
      [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      toPortfolio,
    ),
    serviceAreasByOrganisation: visibleOfMany(
      dataSource,
      viewer,
      'ServiceArea',
      ServiceAreaEntity,
      'organisationId',
      [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      toServiceArea,
    ),
    serviceAreasByPortfolio: visibleOfMany(
      dataSource,
      viewer,
      'ServiceArea',
      ServiceAreaEntity,
      'portfolioId',
      [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      toServiceArea,
    ),
    costAllocationKeysByOrganisation: visibleOfMany(
      dataSource,
      viewer,
      'CostAllocationKey',
      CostAllocationKeyEntity,
      'organisationId',
      [
        ['name', 'ASC'],
        ['id', 'ASC'],
      ],
      toCostAllocationKey,
    ),
    costAllocationSharesByKey: createSharesByKeyLoader(dataSource, viewer),
  };
}

/** A key's shares are read as the key: only those of keys the viewer may read, by gemeente name. */
function createSharesByKeyLoader(
  dataSource: DataSource,
  viewer: Viewer,
): DataLoader<string, CostAllocationShare[]> {
  return new DataLoader(async (keyIds) => {
    const visible = viewer.where('CostAllocationKey', 'key');
    const rows = await dataSource
      .getRepository(CostAllocationShareEntity)
      .createQueryBuilder('share')
      .innerJoin('share.costAllocationKey', 'key')
      .innerJoin('share.municipality', 'municipality')
      .where('share.cost_allocation_key_id IN (:...keyIds)', { keyIds: [...keyIds] })
      .andWhere(visible.sql, visible.params)
      .orderBy('municipality.name', 'ASC')
      .addOrderBy('share.id', 'ASC')
      .getMany();
    return groupByKey(keyIds, rows, (row) => row.costAllocationKeyId, toCostAllocationShare);
  });
}
