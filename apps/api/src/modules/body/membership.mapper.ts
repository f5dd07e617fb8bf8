import { isActiveOn, todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { MembershipEntity } from './membership.entity';
import type { Membership } from './membership.model';

type MembershipFields = Pick<
  MembershipEntity,
  | 'id'
  | 'personId'
  | 'organisationId'
  | 'bodyId'
  | 'portfolioId'
  | 'role'
  | 'municipalityId'
  | 'startsOn'
  | 'endsOn'
>;

export function toMembership(entity: MembershipFields, today = todayInNetherlands()): Membership {
  return {
    id: entity.id,
    personId: entity.personId,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    portfolioId: entity.portfolioId,
    role: entity.role,
    municipalityId: entity.municipalityId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    active: isActiveOn(entity, today),
  };
}
