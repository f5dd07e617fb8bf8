import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey } from '../../graphql/batch-loaders';
import { CouncilViewEntity } from './council-view.entity';
import { toCouncilView } from './council-view.mapper';
import type { CouncilView } from './council-view.model';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createCouncilViewLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** Each raad's view in a procedure, by gemeente name; a view is read as its procedure */
    councilViewsByProcedure: new DataLoader<string, CouncilView[]>(async (procedureIds) => {
      const visible = viewer.where('CouncilViewProcedure', 'procedure');
      const rows = await dataSource
        .getRepository(CouncilViewEntity)
        .createQueryBuilder('view')
        .innerJoin('view.municipality', 'municipality')
        .innerJoin('view.procedure', 'procedure')
        .where('view.procedure_id = ANY(:procedureIds)', { procedureIds })
        .andWhere(visible.sql, visible.params)
        .orderBy('municipality.name', 'ASC')
        .getMany();
      return groupByKey(procedureIds, rows, (row) => row.procedureId, toCouncilView);
    }),
  };
}
