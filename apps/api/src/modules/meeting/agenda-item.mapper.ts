import type { AgendaItemEntity } from './agenda-item.entity';
import type { AgendaItem } from './agenda-item.model';

export function toAgendaItem(entity: AgendaItemEntity): AgendaItem {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    meetingId: entity.meetingId,
    bodyId: entity.bodyId,
    position: entity.position,
    title: entity.title,
    description: entity.description,
    purpose: entity.purpose,
    handling: entity.handling,
    proposalId: entity.proposalId,
    sourceAgendaItemId: entity.sourceAgendaItemId,
    serviceAreaId: entity.serviceAreaId,
    municipalityScope: entity.municipalityScope,
    confidentiality: entity.confidentiality,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
