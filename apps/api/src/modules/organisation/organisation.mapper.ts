import type { OrganisationEntity } from './organisation.entity';
import type { Organisation } from './organisation.model';

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    legalForm: entity.legalForm,
    establishedOn: entity.establishedOn,
  };
}
