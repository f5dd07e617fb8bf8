import { CostAllocationMethod, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { CostAllocationKeyEntity } from './cost-allocation-key.entity';
import { toCostAllocationKey } from './cost-allocation-key.mapper';
import type { CostAllocationKey } from './cost-allocation-key.model';
import { CostAllocationShareEntity } from './cost-allocation-share.entity';
import { toHundredths } from './decimal';
import type {
  CostAllocationShareInput,
  CreateCostAllocationKeyInput,
} from './dto/create-cost-allocation-key.input';
import { ServiceAreaEntity } from './service-area.entity';
import { conflictOnUniqueViolation } from './unique-violation';

const METHODS_WITH_SHARES = new Set([CostAllocationMethod.FIXED_PERCENTAGES, CostAllocationMethod.USAGE]);

@Injectable()
export class CostAllocationKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(viewer: Viewer, input: CreateCostAllocationKeyInput): Promise<CostAllocationKey> {
    const actorId = viewer.requirePersonId();
    const shares = input.shares ?? [];
    checkShares(input.method, shares);
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      const { organisationId, name, method } = input;
      viewer.authorizeNew('CostAllocationKey', {
        organisationId,
        serviceAreaId: input.serviceAreaId ?? null,
        name,
        method,
      });
      if (input.serviceAreaId) {
        const area = await viewer.findReadable<ServiceAreaEntity>(
          manager,
          'ServiceArea',
          input.serviceAreaId,
        );
        if (area.organisationId !== input.organisationId) {
          throw badUserInput('the service area belongs to another organisation', [
            {
              field: 'serviceAreaId',
              message: 'serviceAreaId must be a service area of the same organisation',
            },
          ]);
        }
      }
      await this.checkSharesTakePart(manager, input.organisationId, shares);
      const taken = `the organisation already has a cost allocation key named ${input.name}`;
      if (
        await manager.existsBy(CostAllocationKeyEntity, {
          organisationId: input.organisationId,
          name: input.name,
        })
      ) {
        throw conflict(taken);
      }
      const key = await conflictOnUniqueViolation(
        manager.save(
          manager.create(CostAllocationKeyEntity, {
            organisationId: input.organisationId,
            serviceAreaId: input.serviceAreaId ?? null,
            name: input.name,
            method: input.method,
          }),
        ),
        taken,
      );
      if (shares.length > 0) {
        await manager.insert(
          CostAllocationShareEntity,
          shares.map((share) => ({
            costAllocationKeyId: key.id,
            municipalityId: share.municipalityId,
            value: share.value,
          })),
        );
      }
      await this.audit.record(manager, {
        organisationId: input.organisationId,
        actorId,
        action: 'createCostAllocationKey',
        subjectType: 'CostAllocationKey',
        subjectId: key.id,
        details: { name: key.name, method: key.method, shares },
      });
      return toCostAllocationKey(key);
    });
  }

  private async checkSharesTakePart(
    manager: DataSource['manager'],
    organisationId: string,
    shares: CostAllocationShareInput[],
  ): Promise<void> {
    if (shares.length === 0) return;
    const rows: { municipality_id: string }[] = await manager.query(
      `SELECT DISTINCT municipality_id FROM participation
        WHERE organisation_id = $1 AND municipality_id = ANY($2)
          AND (ends_on IS NULL OR ends_on >= $3)`,
      [organisationId, shares.map((share) => share.municipalityId), todayInNetherlands()],
    );
    const takingPart = new Set(rows.map((row) => row.municipality_id));
    const outsiders = shares.flatMap((share, index) =>
      takingPart.has(share.municipalityId)
        ? []
        : [
            {
              field: `shares.${index}.municipalityId`,
              message: 'municipalityId must be a gemeente taking part in the organisation',
            },
          ],
    );
    if (outsiders.length > 0)
      throw badUserInput('a share names a gemeente outside the organisation', outsiders);
  }
}

/** The rules that need no database: which methods carry shares, no gemeente twice, percentages add up to 100. */
function checkShares(method: CostAllocationMethod, shares: CostAllocationShareInput[]): void {
  if (!METHODS_WITH_SHARES.has(method)) {
    if (shares.length > 0) {
      throw badUserInput('shares are only given for fixed percentages or usage', [
        { field: 'shares', message: `shares must be left out for the method ${method}` },
      ]);
    }
    return;
  }
  if (shares.length === 0) {
    throw badUserInput('this method needs shares', [
      { field: 'shares', message: `shares must name at least one gemeente for the method ${method}` },
    ]);
  }
  const seen = new Set<string>();
  for (const share of shares) {
    if (seen.has(share.municipalityId)) {
      throw badUserInput('a gemeente has two shares', [
        { field: 'shares', message: 'shares must name each gemeente at most once' },
      ]);
    }
    seen.add(share.municipalityId);
  }
  if (method === CostAllocationMethod.FIXED_PERCENTAGES) {
    const total = shares.reduce((sum, share) => sum + toHundredths(share.value), 0);
    if (total !== 10_000) {
      throw badUserInput('fixed percentages must add up to 100', [
        { field: 'shares', message: `shares must add up to 100, not ${(total / 100).toFixed(2)}` },
      ]);
    }
  }
}
