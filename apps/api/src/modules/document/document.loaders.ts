import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../graphql/batch-loaders';
import { DocumentEntity } from './document.entity';
import { toDocument } from './document.mapper';
import type { Document } from './document.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createDocumentLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** The documents attached to a decision, oldest first (metadata only) */
    documentsByDecision: new DataLoader<string, Document[]>(async (decisionIds) => {
      const rows = await dataSource
        .getRepository(DocumentEntity)
        .find({ where: { decisionId: In([...decisionIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKey(decisionIds, rows, (row) => row.decisionId ?? '', toDocument);
    }),
  };
}
