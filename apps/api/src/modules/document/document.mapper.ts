import type { DocumentEntity } from './document.entity';
import type { Document } from './document.model';

/** Metadata only: the content never leaves through GraphQL. */
export function toDocument(entity: DocumentEntity): Document {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    proposalVersionId: entity.proposalVersionId,
    agendaItemId: entity.agendaItemId,
    decisionId: entity.decisionId,
    councilViewId: entity.councilViewId,
    title: entity.title,
    fileName: entity.fileName,
    contentType: entity.contentType,
    sizeBytes: entity.sizeBytes,
    sha256: entity.sha256.trim(),
    confidentiality: entity.confidentiality,
    secrecyId: entity.secrecyId,
    uploadedById: entity.uploadedById,
    createdAt: entity.createdAt,
  };
}
