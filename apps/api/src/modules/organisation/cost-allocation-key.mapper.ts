import type { CostAllocationKeyEntity } from './cost-allocation-key.entity';
import type { CostAllocationKey, CostAllocationShare } from './cost-allocation-key.model';
import type { CostAllocationShareEntity } from './cost-allocation-share.entity';

export function toCostAllocationKey(entity: CostAllocationKeyEntity): CostAllocationKey {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    serviceAreaId: entity.serviceAreaId,
    name: entity.name,
    method: entity.method,
  };
}

export function toCostAllocationShare(entity: CostAllocationShareEntity): CostAllocationShare {
  return { id: entity.id, municipalityId: entity.municipalityId, value: entity.value };
}
