import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { DocumentEntity } from './document.entity';

/**
 * The documents a viewer may read: the Document rules with the parent's (viewer.where), and without the papers of
 * a decision taken on an agenda item the viewer declared a conflict of interest in. The rules bar a document by
 * its own agenda item and proposal columns; a decision's papers have neither when the item carries no proposal.
 */
export function visibleDocuments(
  manager: EntityManager,
  viewer: Viewer,
  alias = 'document',
): SelectQueryBuilder<DocumentEntity> {
  const visible = viewer.where('Document', alias);
  const query = manager
    .getRepository(DocumentEntity)
    .createQueryBuilder(alias)
    .where(visible.sql, visible.params);
  const barred = viewer.actor.barredAgendaItemIds;
  if (barred.length === 0) return query;
  return query.andWhere(
    `(${alias}.decision_id IS NULL OR NOT EXISTS (SELECT 1 FROM decision barred_decision
       WHERE barred_decision.id = ${alias}.decision_id AND barred_decision.agenda_item_id = ANY(:barredAgendaItemIds)))`,
    { barredAgendaItemIds: barred },
  );
}
