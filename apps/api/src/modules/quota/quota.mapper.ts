import type { QuotaExchangeEntity } from './quota-exchange.entity';
import type { QuotaRealisationEntity } from './quota-realisation.entity';
import type { QuotaEntity } from './quota.entity';
import type { Quota, QuotaExchange, QuotaRealisation } from './quota.model';

export function toQuota(entity: QuotaEntity): Quota {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityId: entity.municipalityId,
    kind: entity.kind,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    target: entity.target,
  };
}

export function toQuotaRealisation(entity: QuotaRealisationEntity): QuotaRealisation {
  return { id: entity.id, quotaId: entity.quotaId, recordedOn: entity.recordedOn, realised: entity.realised };
}

export function toQuotaExchange(entity: QuotaExchangeEntity): QuotaExchange {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    fromMunicipalityId: entity.fromMunicipalityId,
    toMunicipalityId: entity.toMunicipalityId,
    kind: entity.kind,
    amount: entity.amount,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    agreedOn: entity.agreedOn,
    note: entity.note,
  };
}
