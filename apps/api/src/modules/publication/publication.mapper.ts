import type { PublicationEntity } from './publication.entity';
import type { Publication } from './publication.model';

export function toPublication(entity: PublicationEntity): Publication {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    kind: entity.kind,
    subjectId: entity.subjectId,
    dueAt: entity.dueAt,
    publishedAt: entity.publishedAt,
    publishedById: entity.publishedById,
    late: entity.publishedAt.getTime() > entity.dueAt.getTime(),
  };
}
