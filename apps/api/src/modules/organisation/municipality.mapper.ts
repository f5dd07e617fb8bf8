import type { MunicipalityEntity } from './municipality.entity';
import type { Municipality } from './municipality.model';

export function toMunicipality(entity: MunicipalityEntity): Municipality {
  return { id: entity.id, name: entity.name, cbsCode: entity.cbsCode, inhabitants: entity.inhabitants };
}
