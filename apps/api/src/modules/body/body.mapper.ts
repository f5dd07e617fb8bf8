import type { BodyEntity } from './body.entity';
import type { Body } from './body.model';

export function toBody(entity: BodyEntity): Body {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    kind: entity.kind,
    name: entity.name,
    portfolioId: entity.portfolioId,
    municipalityId: entity.municipalityId,
    advisesBodyId: entity.advisesBodyId,
    votes: entity.votes,
    quorum: entity.quorum,
  };
}
