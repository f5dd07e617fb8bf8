import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, conflict, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { BodyEntity } from '../body/body.entity';
import { requireAll, requireRow } from '../../database/references';
import { DecisionEntity } from '../decision/decision.entity';
import type { ImposeSecrecyInput } from './dto/impose-secrecy.input';
import type { LiftSecrecyInput } from './dto/lift-secrecy.input';
import { toSecrecy } from './integrity.mapper';
import { SecrecyShareEntity } from './secrecy-share.entity';
import { SecrecyEntity } from './secrecy.entity';
import type { Secrecy } from './secrecy.model';

@Injectable()
export class SecrecyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Secrecy> {
    const entity = await this.dataSource.getRepository(SecrecyEntity).findOneBy({ id });
    if (!entity) throw notFound('Secrecy');
    return toSecrecy(entity);
  }

  /** Imposed by an organ on stated grounds, shared only with the bodies and persons it names. */
  impose(input: ImposeSecrecyInput): Promise<Secrecy> {
    return this.dataSource.transaction(async (manager) => {
      const body = await requireRow(manager, BodyEntity, input.imposedByBodyId, 'Body');
      await requireAll(manager, 'person', [input.imposedByPersonId, ...input.shareWithPersonIds], 'Person');
      await requireAll(manager, 'body', input.shareWithBodyIds, 'Body', body.organisationId);
      const entity = await manager.save(
        manager.create(SecrecyEntity, {
          organisationId: body.organisationId,
          imposedByBodyId: body.id,
          imposedByPersonId: input.imposedByPersonId,
          grounds: input.grounds.trim(),
          imposedOn: input.imposedOn,
          liftedOn: null,
          liftedByDecisionId: null,
        }),
      );
      const shares = [
        ...[...new Set(input.shareWithBodyIds)].map((bodyId) => ({
          secrecyId: entity.id,
          bodyId,
          personId: null,
        })),
        ...[...new Set(input.shareWithPersonIds)].map((personId) => ({
          secrecyId: entity.id,
          bodyId: null,
          personId,
        })),
      ];
      if (shares.length > 0) await manager.insert(SecrecyShareEntity, shares);
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'imposeSecrecy',
        subjectType: 'Secrecy',
        subjectId: entity.id,
        details: {
          imposedByBodyId: body.id,
          bodies: input.shareWithBodyIds.length,
          persons: input.shareWithPersonIds.length,
        },
      });
      return toSecrecy(entity);
    });
  }

  lift(input: LiftSecrecyInput): Promise<Secrecy> {
    return this.dataSource.transaction(async (manager) => {
      const secrecy = await requireRow(manager, SecrecyEntity, input.secrecyId, 'Secrecy');
      if (secrecy.liftedOn) throw conflict('this geheimhouding has already been lifted');
      if (input.liftedOn < secrecy.imposedOn) {
        throw badUserInput('secrecy is lifted after it was imposed', [
          { field: 'liftedOn', message: 'must not be before the day it was imposed' },
        ]);
      }
      if (input.liftedByDecisionId) {
        const decision = await requireRow(manager, DecisionEntity, input.liftedByDecisionId, 'Decision');
        if (decision.organisationId !== secrecy.organisationId) throw notFound('Decision');
      }
      Object.assign(secrecy, {
        liftedOn: input.liftedOn,
        liftedByDecisionId: input.liftedByDecisionId ?? null,
      });
      await manager.save(secrecy);
      await this.audit.record(manager, {
        organisationId: secrecy.organisationId,
        actorId: null,
        action: 'liftSecrecy',
        subjectType: 'Secrecy',
        subjectId: secrecy.id,
        details: { liftedOn: secrecy.liftedOn, liftedByDecisionId: secrecy.liftedByDecisionId },
      });
      return toSecrecy(secrecy);
    });
  }
}
