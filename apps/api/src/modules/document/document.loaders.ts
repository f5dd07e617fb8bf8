import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { visibleOfMany } from '../../graphql/batch-loaders';
import { DocumentEntity } from './document.entity';
import { toDocument } from './document.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createDocumentLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** The papers of each agenda item the viewer may read, oldest first (metadata only) */
    documentsByAgendaItem: visibleOfMany(
      dataSource,
      viewer,
      'Document',
      DocumentEntity,
      'agendaItemId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toDocument,
    ),
    /** The papers of each proposal version the viewer may read, oldest first (metadata only) */
    documentsByProposalVersion: visibleOfMany(
      dataSource,
      viewer,
      'Document',
      DocumentEntity,
      'proposalVersionId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toDocument,
    ),
    /** The documents of each decision the viewer may read, oldest first (metadata only) */
    documentsByDecision: visibleOfMany(
      dataSource,
      viewer,
      'Document',
      DocumentEntity,
      'decisionId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toDocument,
    ),
  };
}
