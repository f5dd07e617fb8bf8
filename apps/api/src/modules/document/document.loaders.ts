import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey } from '../../graphql/batch-loaders';
import { toDocument } from './document.mapper';
import type { Document } from './document.model';
import { visibleDocuments } from './visible-documents';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createDocumentLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** The documents of each decision the viewer may read, oldest first (metadata only) */
    documentsByDecision: new DataLoader<string, Document[]>(async (decisionIds) => {
      const rows = await visibleDocuments(dataSource.manager, viewer)
        .andWhere('document.decision_id IN (:...decisionIds)', { decisionIds: [...decisionIds] })
        .orderBy('document.created_at', 'ASC')
        .addOrderBy('document.id', 'ASC')
        .getMany();
      return groupByKey(decisionIds, rows, (row) => row.decisionId ?? '', toDocument);
    }),
  };
}
