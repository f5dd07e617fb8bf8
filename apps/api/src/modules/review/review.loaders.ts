import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { visibleOfMany } from '../../graphql/batch-loaders';
import { ReviewEntity } from './review.entity';
import { toReview } from './review.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createReviewLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** An item's reviews the viewer may read, oldest first */
    reviewsByAgendaItem: visibleOfMany(
      dataSource,
      viewer,
      'Review',
      ReviewEntity,
      'agendaItemId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toReview,
    ),
  };
}
