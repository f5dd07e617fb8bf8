import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../graphql/batch-loaders';
import { ReviewEntity } from './review.entity';
import { toReview } from './review.mapper';
import type { Review } from './review.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createReviewLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** An item's reviews, oldest first */
    reviewsByAgendaItem: new DataLoader<string, Review[]>(async (agendaItemIds) => {
      const rows = await dataSource.getRepository(ReviewEntity).find({
        where: { agendaItemId: In([...agendaItemIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(agendaItemIds, rows, (row) => row.agendaItemId, toReview);
    }),
  };
}
