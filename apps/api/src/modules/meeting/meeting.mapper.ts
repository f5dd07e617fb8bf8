import type { MeetingEntity } from './meeting.entity';
import type { Meeting } from './meeting.model';

export function toMeeting(entity: MeetingEntity): Meeting {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    title: entity.title,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    location: entity.location,
    status: entity.status,
    confidentiality: entity.confidentiality,
    agendaPublishedAt: entity.agendaPublishedAt,
    agendaPublicationDueAt: entity.startsAt,
    agendaPublishedLate:
      entity.agendaPublishedAt !== null && entity.agendaPublishedAt.getTime() > entity.startsAt.getTime(),
    agendaSentAt: entity.agendaSentAt,
    directorsReviewedAt: entity.directorsReviewedAt,
    cancellationReason: entity.cancellationReason,
    version: entity.version,
    agendaVersion: entity.sequence,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
