import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey } from '../../graphql/batch-loaders';
import { toSecrecyShare } from './integrity.mapper';
import { SecrecyShareEntity } from './secrecy-share.entity';
import type { SecrecyShare } from './secrecy.model';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createIntegrityLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** The bodies and persons a secret is shared with, read as the secret itself */
    sharesBySecrecy: new DataLoader<string, SecrecyShare[]>(async (secrecyIds) => {
      const visible = viewer.where('Secrecy', 'secrecy');
      const rows = await dataSource
        .getRepository(SecrecyShareEntity)
        .createQueryBuilder('share')
        .innerJoin('share.secrecy', 'secrecy')
        .where('share.secrecy_id = ANY(:secrecyIds)', { secrecyIds })
        // the actor's facts date from the start of the request: who imposed a secret in it reads it too
        .andWhere(`(${visible.sql} OR secrecy.imposed_by_person_id = :viewerId)`, {
          ...visible.params,
          viewerId: viewer.personId,
        })
        .orderBy('share.id', 'ASC')
        .getMany();
      return groupByKey(secrecyIds, rows, (row) => row.secrecyId, toSecrecyShare);
    }),
  };
}
