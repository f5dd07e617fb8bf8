import { BodyKind, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, type FieldError } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { PortfolioEntity } from '../organisation/portfolio.entity';
import { participatesOn } from '../../database/references';
import { conflictOnUniqueViolation } from '../organisation/unique-violation';
import { withoutUndefined } from '../organisation/without-undefined';
import { BodyEntity } from './body.entity';
import { toBody } from './body.mapper';
import type { Body } from './body.model';
import type { BodiesArgs } from './dto/bodies.args';
import type { CreateBodyInput } from './dto/create-body.input';
import type { UpdateBodyInput } from './dto/update-body.input';

const NEEDS_PORTFOLIO = new Set([BodyKind.COMMITTEE, BodyKind.PORTFOLIO_MEETING]);
const NEEDS_MUNICIPALITY = new Set([BodyKind.MUNICIPAL_EXECUTIVE, BodyKind.COUNCIL]);

type BodyShape = Pick<
  BodyEntity,
  'organisationId' | 'kind' | 'portfolioId' | 'municipalityId' | 'advisesBodyId'
>;

@Injectable()
export class BodyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Body> {
    return toBody(await viewer.findReadable<BodyEntity>(this.dataSource.manager, 'Body', id));
  }

  list(viewer: Viewer, args: BodiesArgs): Promise<ConnectionShape<Body>> {
    const visible = viewer.where('Body', 'body');
    const query = this.dataSource
      .getRepository(BodyEntity)
      .createQueryBuilder('body')
      .where(visible.sql, visible.params);
    if (args.organisationId) {
      query.andWhere('body.organisation_id = :organisationId', { organisationId: args.organisationId });
    }
    if (args.kind) query.andWhere('body.kind = :kind', { kind: args.kind });
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'body.name', value: (row: BodyEntity) => row.name }],
        idColumn: 'body.id',
        direction: 'ASC',
      },
      toBody,
    );
  }

  create(viewer: Viewer, input: CreateBodyInput): Promise<Body> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      const shape: BodyShape = {
        organisationId: input.organisationId,
        kind: input.kind,
        portfolioId: input.portfolioId ?? null,
        municipalityId: input.municipalityId ?? null,
        advisesBodyId: input.advisesBodyId ?? null,
      };
      await checkShape(viewer, manager, shape, null);
      viewer.authorizeNew('Body', { ...shape, name: input.name });
      await ensureNameFree(manager, input.organisationId, input.name, null);
      const entity = await conflictOnUniqueViolation(
        manager.save(
          manager.create(BodyEntity, {
            ...shape,
            name: input.name,
            votes: input.votes,
            quorum: input.quorum ?? null,
          }),
        ),
        nameTaken(input.name),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'createBody',
        subjectType: 'Body',
        subjectId: entity.id,
        details: { kind: entity.kind, name: entity.name },
      });
      return toBody(entity);
    });
  }

  update(viewer: Viewer, input: UpdateBodyInput): Promise<Body> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Body', input.id);
      const entity = viewer.authorize(
        'update',
        'Body',
        await manager.findOne(BodyEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } }),
      );
      const { id, ...given } = input;
      const changes = withoutUndefined(given);
      Object.assign(entity, changes);
      await checkShape(viewer, manager, entity, id);
      if (changes.name !== undefined) await ensureNameFree(manager, entity.organisationId, entity.name, id);
      const saved = await conflictOnUniqueViolation(manager.save(entity), nameTaken(entity.name));
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'updateBody',
        subjectType: 'Body',
        subjectId: id,
        details: { changes },
      });
      return toBody(saved);
    });
  }
}

/**
 * Which references a body needs follows from its kind: committees and portfolio meetings cover a portfolio,
 * colleges and councils belong to a gemeente; every reference stays within the organisation.
 */
async function checkShape(
  viewer: Viewer,
  manager: EntityManager,
  body: BodyShape,
  id: string | null,
): Promise<void> {
  const errors: FieldError[] = [];
  if (NEEDS_PORTFOLIO.has(body.kind) && !body.portfolioId) {
    errors.push({ field: 'portfolioId', message: `portfolioId is required for a body of kind ${body.kind}` });
  }
  if (NEEDS_MUNICIPALITY.has(body.kind) && !body.municipalityId) {
    errors.push({
      field: 'municipalityId',
      message: `municipalityId is required for a body of kind ${body.kind}`,
    });
  }
  if (id !== null && body.advisesBodyId === id) {
    errors.push({ field: 'advisesBodyId', message: 'advisesBodyId must be another body' });
  }
  if (errors.length > 0) throw badUserInput('the body does not fit its kind', errors);

  if (body.portfolioId) {
    const portfolio = await viewer.findReadable<PortfolioEntity>(manager, 'Portfolio', body.portfolioId);
    if (portfolio.organisationId !== body.organisationId) {
      errors.push({
        field: 'portfolioId',
        message: 'portfolioId must be a portfolio of the same organisation',
      });
    }
  }
  if (body.municipalityId) {
    await viewer.findReadable(manager, 'Municipality', body.municipalityId);
    if (!(await participatesOn(manager, body.organisationId, body.municipalityId, todayInNetherlands()))) {
      errors.push({
        field: 'municipalityId',
        message: 'municipalityId must be a gemeente taking part in the organisation',
      });
    }
  }
  if (body.advisesBodyId) {
    const advised = await viewer.findReadable<BodyEntity>(manager, 'Body', body.advisesBodyId);
    if (advised.organisationId !== body.organisationId) {
      errors.push({
        field: 'advisesBodyId',
        message: 'advisesBodyId must be a body of the same organisation',
      });
    }
  }
  if (errors.length > 0) throw badUserInput('the body refers outside its organisation', errors);
}

async function ensureNameFree(
  manager: EntityManager,
  organisationId: string,
  name: string,
  exceptId: string | null,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM body WHERE organisation_id = $1 AND name = $2 AND ($3::uuid IS NULL OR id <> $3) LIMIT 1`,
    [organisationId, name, exceptId],
  );
  if (rows.length > 0) throw conflict(nameTaken(name));
}

function nameTaken(name: string): string {
  return `the organisation already has a body named ${name}`;
}
