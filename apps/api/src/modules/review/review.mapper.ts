import type { ReviewEntity } from './review.entity';
import type { Review } from './review.model';

export function toReview(entity: ReviewEntity): Review {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    agendaItemId: entity.agendaItemId,
    bodyId: entity.bodyId,
    authorId: entity.authorId,
    municipalityId: entity.municipalityId,
    visibility: entity.visibility,
    text: entity.text,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
