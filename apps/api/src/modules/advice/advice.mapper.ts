import type { AdviceReservationEntity } from './advice-reservation.entity';
import type { AdviceEntity } from './advice.entity';
import type { Advice, AdviceReservation } from './advice.model';

export function toAdvice(entity: AdviceEntity): Advice {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    proposalId: entity.proposalId,
    agendaItemId: entity.agendaItemId,
    outcome: entity.outcome,
    reasoning: entity.reasoning,
    status: entity.status,
    confidentiality: entity.confidentiality,
    draftedById: entity.draftedById,
    adoptedById: entity.adoptedById,
    adoptedAt: entity.adoptedAt,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toAdviceReservation(entity: AdviceReservationEntity): AdviceReservation {
  return {
    id: entity.id,
    adviceId: entity.adviceId,
    municipalityId: entity.municipalityId,
    text: entity.text,
    recordedById: entity.recordedById,
    createdAt: entity.createdAt,
  };
}
