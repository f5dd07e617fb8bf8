import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../graphql/batch-loaders';
import { toSecrecyShare } from './integrity.mapper';
import { SecrecyShareEntity } from './secrecy-share.entity';
import type { SecrecyShare } from './secrecy.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createIntegrityLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** The bodies and persons a secret is shared with */
    sharesBySecrecy: new DataLoader<string, SecrecyShare[]>(async (secrecyIds) => {
      const rows = await dataSource
        .getRepository(SecrecyShareEntity)
        .find({ where: { secrecyId: In([...secrecyIds]) }, order: { id: 'ASC' } });
      return groupByKey(secrecyIds, rows, (row) => row.secrecyId, toSecrecyShare);
    }),
  };
}
