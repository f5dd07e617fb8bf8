import type { ParticipationEntity } from './participation.entity';
import type { Participation } from './participation.model';

export function toParticipation(entity: ParticipationEntity): Participation {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityId: entity.municipalityId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
  };
}
