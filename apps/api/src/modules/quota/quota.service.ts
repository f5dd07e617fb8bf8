import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { requireParticipating } from '../../database/references';
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
  async list(viewer: Viewer, args: QuotasArgs): Promise<ConnectionShape<Quota>> {
    await viewer.findReadable(this.dataSource.manager, 'Organisation', args.organisationId);
    const visible = viewer.where('Quota', 'quota');
    const query = this.dataSource
      .getRepository(QuotaEntity)
      .createQueryBuilder('quota')
      .where('quota.organisation_id = :organisationId', { organisationId: args.organisationId })
      .andWhere(visible.sql, visible.params);
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

  /** Exchanges have no rules of their own: they are read by whoever may read the organisation's quotas. */
  async exchanges(viewer: Viewer, args: QuotaExchangesArgs): Promise<QuotaExchange[]> {
    await viewer.findReadable(this.dataSource.manager, 'Organisation', args.organisationId);
    if (!viewer.can('read', 'Quota', { organisationId: args.organisationId })) return [];
    const rows = await this.dataSource.getRepository(QuotaExchangeEntity).find({
      where: { organisationId: args.organisationId },
      order: { periodStart: 'DESC', agreedOn: 'DESC', id: 'ASC' },
    });
    return rows.map(toQuotaExchange);
  }

  /** Creates the gemeente's quota for a kind and period, or changes its target and end. */
  set(viewer: Viewer, input: SetQuotaInput): Promise<Quota> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      requirePeriod(input.periodStart, input.periodEnd);
      await requireReadableParties(viewer, manager, input.organisationId, [input.municipalityId]);
      const key = {
        organisationId: input.organisationId,
        municipalityId: input.municipalityId,
        kind: input.kind,
        periodStart: input.periodStart,
      };
      const candidate = { ...key, periodEnd: input.periodEnd, target: input.target };
      // Whether such a quota exists is itself hidden from those who may not read the organisation's quotas
      viewer.readable('Quota', candidate);
      await requireParticipating(manager, input.organisationId, input.municipalityId, 'municipalityId');
      const existing = await manager.findOneBy(QuotaEntity, key);
      if (existing) viewer.authorize('update', 'Quota', existing);
      else viewer.authorizeNew('Quota', candidate);
      const previousTarget = existing?.target ?? null;
      const entity = await manager.save(
        existing
          ? Object.assign(existing, { periodEnd: input.periodEnd, target: input.target })
          : manager.create(QuotaEntity, candidate),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'setQuota',
        subjectType: 'Quota',
        subjectId: entity.id,
        details: { target: entity.target, previousTarget },
      });
      return toQuota(entity);
    });
  }

  recordRealisation(viewer: Viewer, input: RecordQuotaRealisationInput): Promise<QuotaRealisation> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const quota = viewer.authorize(
        'update',
        'Quota',
        await viewer.findReadable<QuotaEntity>(manager, 'Quota', input.quotaId),
      );
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
        actorId,
        action: 'recordQuotaRealisation',
        subjectType: 'Quota',
        subjectId: quota.id,
        details: { recordedOn: entity.recordedOn, realised: entity.realised },
      });
      return toQuotaRealisation(entity);
    });
  }

  /** An exchange changes two gemeenten's quotas: it takes the right to create a quota for both. */
  recordExchange(viewer: Viewer, input: RecordQuotaExchangeInput): Promise<QuotaExchange> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      if (input.fromMunicipalityId === input.toMunicipalityId) {
        throw badUserInput('an exchange is between two gemeenten', [
          { field: 'toMunicipalityId', message: 'must differ from fromMunicipalityId' },
        ]);
      }
      requirePeriod(input.periodStart, input.periodEnd);
      const parties = [input.fromMunicipalityId, input.toMunicipalityId];
      await requireReadableParties(viewer, manager, input.organisationId, parties);
      const quotas = parties.map((municipalityId) => ({
        organisationId: input.organisationId,
        municipalityId,
        kind: input.kind,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      }));
      for (const quota of quotas) viewer.readable('Quota', quota);
      for (const quota of quotas) viewer.authorizeNew('Quota', quota);
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
        actorId,
        action: 'recordQuotaExchange',
        subjectType: 'QuotaExchange',
        subjectId: entity.id,
        details: { kind: entity.kind, amount: entity.amount },
      });
      return toQuotaExchange(entity);
    });
  }
}

/** The organisation and gemeenten a quota names must be records the person may read (NOT_FOUND otherwise). */
async function requireReadableParties(
  viewer: Viewer,
  manager: EntityManager,
  organisationId: string,
  municipalityIds: string[],
): Promise<void> {
  await viewer.findReadable(manager, 'Organisation', organisationId);
  for (const id of municipalityIds) await viewer.findReadable(manager, 'Municipality', id);
}

function requirePeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) {
    throw badUserInput('a period ends after it starts', [
      { field: 'periodEnd', message: 'must not be before periodStart' },
    ]);
  }
}
