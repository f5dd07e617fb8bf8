import type { ServiceAssignmentEntity } from './service-assignment.entity';
import type { ServiceAssignment } from './service-assignment.model';

export function toServiceAssignment(entity: ServiceAssignmentEntity): ServiceAssignment {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    serviceAreaId: entity.serviceAreaId,
    municipalityId: entity.municipalityId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    costSharePercent: entity.costSharePercent,
  };
}
