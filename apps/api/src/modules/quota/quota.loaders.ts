import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { QuotaRealisationEntity } from './quota-realisation.entity';
import { toQuotaRealisation } from './quota.mapper';
import type { QuotaRealisation } from './quota.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createQuotaLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** A quota's recorded figures, oldest first */
    realisationsByQuota: new DataLoader<string, QuotaRealisation[]>(async (quotaIds) => {
      const rows = await dataSource
        .getRepository(QuotaRealisationEntity)
        .find({ where: { quotaId: In([...quotaIds]) }, order: { recordedOn: 'ASC' } });
      return groupByKey(quotaIds, rows, (row) => row.quotaId, toQuotaRealisation);
    }),
    /** The latest recorded figure of each quota; null before the first */
    latestRealisedByQuota: new DataLoader<string, number | null>(async (quotaIds) => {
      const rows: { quota_id: string; realised: number }[] = await dataSource.query(
        `SELECT DISTINCT ON (quota_id) quota_id, realised FROM quota_realisation
          WHERE quota_id = ANY($1) ORDER BY quota_id, recorded_on DESC`,
        [quotaIds],
      );
      return oneByKey(
        quotaIds,
        rows,
        (row) => row.quota_id,
        (row) => row.realised,
      );
    }),
  };
}
