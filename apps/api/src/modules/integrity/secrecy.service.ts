import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { BodyEntity } from '../body/body.entity';
import { requireAll } from '../../database/references';
import type { DecisionEntity } from '../decision/decision.entity';
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

  async get(viewer: Viewer, id: string): Promise<Secrecy> {
    return toSecrecy(await viewer.findReadable<SecrecyEntity>(this.dataSource.manager, 'Secrecy', id));
  }

  /**
   * Imposed by an organ on stated grounds, shared only with the bodies and persons it names; the signed-in person
   * records it on behalf of the organ.
   */
  impose(viewer: Viewer, input: ImposeSecrecyInput): Promise<Secrecy> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const body = await viewer.findReadable<BodyEntity>(manager, 'Body', input.imposedByBodyId);
      await requireReadableBodies(viewer, manager, input.shareWithBodyIds, body.organisationId);
      await requireAll(manager, 'person', input.shareWithPersonIds, 'Person');
      const candidate = {
        organisationId: body.organisationId,
        imposedByBodyId: body.id,
        imposedByPersonId: actorId,
        grounds: input.grounds.trim(),
        imposedOn: input.imposedOn,
        liftedOn: null,
        liftedByDecisionId: null,
      };
      viewer.authorizeNew('Secrecy', candidate);
      const entity = await manager.save(manager.create(SecrecyEntity, candidate));
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
        actorId,
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

  lift(viewer: Viewer, input: LiftSecrecyInput): Promise<Secrecy> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const secrecy = viewer.authorize(
        'update',
        'Secrecy',
        await lockReadable(viewer, manager, input.secrecyId),
      );
      if (secrecy.liftedOn) throw conflict('this geheimhouding has already been lifted');
      if (input.liftedOn < secrecy.imposedOn) {
        throw badUserInput('secrecy is lifted after it was imposed', [
          { field: 'liftedOn', message: 'must not be before the day it was imposed' },
        ]);
      }
      if (input.liftedByDecisionId) {
        const decision = await viewer.findReadable<DecisionEntity>(
          manager,
          'Decision',
          input.liftedByDecisionId,
        );
        if (decision.organisationId !== secrecy.organisationId) throw notFound('Decision');
      }
      Object.assign(secrecy, {
        liftedOn: input.liftedOn,
        liftedByDecisionId: input.liftedByDecisionId ?? null,
      });
      await manager.save(secrecy);
      await this.audit.record(manager, {
        organisationId: secrecy.organisationId,
        actorId,
        action: 'liftSecrecy',
        subjectType: 'Secrecy',
        subjectId: secrecy.id,
        details: { liftedOn: secrecy.liftedOn, liftedByDecisionId: secrecy.liftedByDecisionId },
      });
      return toSecrecy(secrecy);
    });
  }
}

/** Bodies to share with must be bodies of the organisation that the person may read; one statement. */
async function requireReadableBodies(
  viewer: Viewer,
  manager: EntityManager,
  ids: readonly string[],
  organisationId: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const params: unknown[] = [unique, organisationId];
  const visible = viewer.whereRaw('Body', 'body', params);
  const rows: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM body WHERE id = ANY($1) AND organisation_id = $2 AND ${visible}`,
    params,
  );
  if (rows[0]?.n !== unique.length) throw notFound('Body');
}

/** The geheimhouding when the person may read it (else NOT_FOUND), locked against a concurrent lift. */
async function lockReadable(viewer: Viewer, manager: EntityManager, id: string): Promise<SecrecyEntity> {
  const visible = viewer.where('Secrecy', 'secrecy');
  const row = await manager
    .createQueryBuilder(SecrecyEntity, 'secrecy')
    .where('secrecy.id = :id', { id })
    .andWhere(visible.sql, visible.params)
    .setLock('pessimistic_write')
    .getOne();
  return viewer.readable('Secrecy', row);
}
