import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { requireParticipating, requireRow } from '../../database/references';
import { OrganisationEntity } from '../organisation/organisation.entity';
import type { QuotaExchangesArgs } from './dto/quota-exchanges.args';
import type { QuotasArgs } from './dto/quotas.args';
import type { RecordQuotaExchangeInput } from './dto/record-quota-exchange.input';
import type { RecordQuotaRealisationInput } from './dto/record-quota-realisation.input';
import type { SetQuotaInput } from './dto/set-quota.input';
import { QuotaExchangeEntity } from './quota-exchange.entity';
import { QuotaRealisationEntity } from './quota-realisation.entity';
import { QuotaEntity } from './quota.entity';
import { toQuota, toQuotaExchange, toQuotaRealisation } from './quota.mapper';
import type { Quota, QuotaExchange, QuotaRealisation } from './quota.model';

@Injectable()
export class QuotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The latest periods first. */
  list(args: QuotasArgs): Promise<ConnectionShape<Quota>> {
    const query = this.dataSource
      .getRepository(QuotaEntity)
      .createQueryBuilder('quota')
      .where('quota.organisation_id = :organisationId', { organisationId: args.organisationId });
    if (args.kind) query.andWhere('quota.kind = :kind', { kind: args.kind });
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'quota.period_start', value: (row: QuotaEntity) => row.periodStart }],
        idColumn: 'quota.id',
        direction: 'DESC',
      },
      toQuota,
    );
  }

  async exchanges(args: QuotaExchangesArgs): Promise<QuotaExchange[]> {
    const rows = await this.dataSource.getRepository(QuotaExchangeEntity).find({
      where: { organisationId: args.organisationId },
      order: { periodStart: 'DESC', agreedOn: 'DESC', id: 'ASC' },
    });
    return rows.map(toQuotaExchange);
  }

  /** Creates the gemeente's quota for a kind and period, or changes its target and end. */
  set(input: SetQuotaInput): Promise<Quota> {
    return this.dataSource.transaction(async (manager) => {
      requirePeriod(input.periodStart, input.periodEnd);
      await requireRow(manager, OrganisationEntity, input.organisationId, 'Organisation');
      await requireParticipating(manager, input.organisationId, input.municipalityId, 'municipalityId');
      const key = {
        organisationId: input.organisationId,
        municipalityId: input.municipalityId,
        kind: input.kind,
        periodStart: input.periodStart,
      };
      const existing = await manager.findOneBy(QuotaEntity, key);
      const previousTarget = existing?.target ?? null;
      const entity = await manager.save(
        existing
          ? Object.assign(existing, { periodEnd: input.periodEnd, target: input.target })
          : manager.create(QuotaEntity, { ...key, periodEnd: input.periodEnd, target: input.target }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'setQuota',
        subjectType: 'Quota',
        subjectId: entity.id,
        details: { target: entity.target, previousTarget },
      });
      return toQuota(entity);
    });
  }

  recordRealisation(input: RecordQuotaRealisationInput): Promise<QuotaRealisation> {
    return this.dataSource.transaction(async (manager) => {
      const quota = await requireRow(manager, QuotaEntity, input.quotaId, 'Quota');
      const taken = await manager.existsBy(QuotaRealisationEntity, {
        quotaId: quota.id,
        recordedOn: input.recordedOn,
      });
      if (taken) throw conflict(`a figure for ${input.recordedOn} has already been recorded for this quota`);
      const entity = await manager.save(
        manager.create(QuotaRealisationEntity, {
          quotaId: quota.id,
          recordedOn: input.recordedOn,
          realised: input.realised,
        }),
      );
      await this.audit.record(manager, {
        organisationId: quota.organisationId,
        actorId: null,
        action: 'recordQuotaRealisation',
        subjectType: 'Quota',
        subjectId: quota.id,
        details: { recordedOn: entity.recordedOn, realised: entity.realised },
      });
      return toQuotaRealisation(entity);
    });
  }

  recordExchange(input: RecordQuotaExchangeInput): Promise<QuotaExchange> {
    return this.dataSource.transaction(async (manager) => {
      if (input.fromMunicipalityId === input.toMunicipalityId) {
        throw badUserInput('an exchange is between two gemeenten', [
          { field: 'toMunicipalityId', message: 'must differ from fromMunicipalityId' },
        ]);
      }
      requirePeriod(input.periodStart, input.periodEnd);
      await requireRow(manager, OrganisationEntity, input.organisationId, 'Organisation');
      await requireParticipating(
        manager,
        input.organisationId,
        input.fromMunicipalityId,
        'fromMunicipalityId',
      );
      await requireParticipating(manager, input.organisationId, input.toMunicipalityId, 'toMunicipalityId');
      const entity = await manager.save(
        manager.create(QuotaExchangeEntity, {
          organisationId: input.organisationId,
          fromMunicipalityId: input.fromMunicipalityId,
          toMunicipalityId: input.toMunicipalityId,
          kind: input.kind,
          amount: input.amount,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          agreedOn: input.agreedOn,
          note: input.note ?? null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'recordQuotaExchange',
        subjectType: 'QuotaExchange',
        subjectId: entity.id,
        details: { kind: entity.kind, amount: entity.amount },
      });
      return toQuotaExchange(entity);
    });
  }
}

function requirePeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) {
    throw badUserInput('a period ends after it starts', [
      { field: 'periodEnd', message: 'must not be before periodStart' },
    ]);
  }
}
