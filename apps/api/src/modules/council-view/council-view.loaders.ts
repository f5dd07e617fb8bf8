import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKey } from '../../graphql/batch-loaders';
import { CouncilViewEntity } from './council-view.entity';
import { toCouncilView } from './council-view.mapper';
import type { CouncilView } from './council-view.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createCouncilViewLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** Each raad's view in a procedure, by gemeente name */
    councilViewsByProcedure: new DataLoader<string, CouncilView[]>(async (procedureIds) => {
      const rows = await dataSource
        .getRepository(CouncilViewEntity)
        .createQueryBuilder('view')
        .innerJoin('view.municipality', 'municipality')
        .where('view.procedure_id = ANY(:procedureIds)', { procedureIds })
        .orderBy('municipality.name', 'ASC')
        .getMany();
      return groupByKey(procedureIds, rows, (row) => row.procedureId, toCouncilView);
    }),
  };
}
