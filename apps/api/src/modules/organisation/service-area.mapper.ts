import type { ServiceAreaEntity } from './service-area.entity';
import type { ServiceArea } from './service-area.model';

export function toServiceArea(entity: ServiceAreaEntity): ServiceArea {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    code: entity.code,
    name: entity.name,
    portfolioId: entity.portfolioId,
  };
}
