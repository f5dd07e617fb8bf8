import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { QuotaRealisationEntity } from './quota-realisation.entity';
import { toQuotaRealisation } from './quota.mapper';
import type { QuotaRealisation } from './quota.model';

/**
 * The per-request DataLoaders of this module, keyed by name; created fresh for every request. Realised figures are
 * read as their quota: only of quotas the viewer may read.
 */
export function createQuotaLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** A quota's recorded figures, oldest first */
    realisationsByQuota: new DataLoader<string, QuotaRealisation[]>(async (quotaIds) => {
      const visible = viewer.where('Quota', 'quota');
      const rows = await dataSource
        .getRepository(QuotaRealisationEntity)
        .createQueryBuilder('realisation')
        .innerJoin('realisation.quota', 'quota')
        .where('realisation.quota_id IN (:...quotaIds)', { quotaIds: [...quotaIds] })
        .andWhere(visible.sql, visible.params)
        .orderBy('realisation.recordedOn', 'ASC')
        .getMany();
      return groupByKey(quotaIds, rows, (row) => row.quotaId, toQuotaRealisation);
    }),
    /** The latest recorded figure of each quota; null before the first */
    latestRealisedByQuota: new DataLoader<string, number | null>(async (quotaIds) => {
      const params: unknown[] = [quotaIds];
      const visible = viewer.whereRaw('Quota', 'quota', params);
      const rows: { quota_id: string; realised: number }[] = await dataSource.query(
        `SELECT DISTINCT ON (realisation.quota_id) realisation.quota_id, realisation.realised
           FROM quota_realisation realisation
           JOIN quota ON quota.id = realisation.quota_id
          WHERE realisation.quota_id = ANY($1) AND ${visible}
          ORDER BY realisation.quota_id, realisation.recorded_on DESC`,
        params,
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
