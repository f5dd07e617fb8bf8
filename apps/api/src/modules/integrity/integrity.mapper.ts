import type { ConflictOfInterestEntity } from './conflict-of-interest.entity';
import type { ConflictOfInterest } from './conflict-of-interest.model';
import type { SecrecyShareEntity } from './secrecy-share.entity';
import type { SecrecyEntity } from './secrecy.entity';
import type { Secrecy, SecrecyShare } from './secrecy.model';

export function toConflictOfInterest(entity: ConflictOfInterestEntity): ConflictOfInterest {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    personId: entity.personId,
    agendaItemId: entity.agendaItemId,
    proposalId: entity.proposalId,
    reason: entity.reason,
    barsPapers: entity.barsPapers,
    declaredAt: entity.declaredAt,
  };
}

export function toSecrecy(entity: SecrecyEntity): Secrecy {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    imposedByBodyId: entity.imposedByBodyId,
    imposedByPersonId: entity.imposedByPersonId,
    grounds: entity.grounds,
    imposedOn: entity.imposedOn,
    liftedOn: entity.liftedOn,
    liftedByDecisionId: entity.liftedByDecisionId,
    createdAt: entity.createdAt,
  };
}

export function toSecrecyShare(entity: SecrecyShareEntity): SecrecyShare {
  return { id: entity.id, bodyId: entity.bodyId, personId: entity.personId };
}
