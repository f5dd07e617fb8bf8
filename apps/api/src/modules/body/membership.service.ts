import { BODY_ROLES, MembershipRole } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, type FieldError } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { PortfolioEntity } from '../organisation/portfolio.entity';
import { participatesOn } from '../../database/references';
import type { BodyEntity } from './body.entity';
import type { AddMembershipInput } from './dto/add-membership.input';
import type { EndMembershipInput } from './dto/end-membership.input';
import type { MembershipsArgs } from './dto/memberships.args';
import { MembershipEntity } from './membership.entity';
import { toMembership } from './membership.mapper';
import type { Membership } from './membership.model';

const ORGANISATION_ROLES = new Set([MembershipRole.ADMINISTRATOR, MembershipRole.DIRECTOR]);

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** By first day, newest first. */
  async list(viewer: Viewer, args: MembershipsArgs): Promise<ConnectionShape<Membership>> {
    const manager = this.dataSource.manager;
    if (args.bodyId) await viewer.findReadable(manager, 'Body', args.bodyId);
    if (args.personId) await viewer.findReadable(manager, 'Person', args.personId);
    const visible = viewer.where('Membership', 'membership');
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('membership')
      .where(visible.sql, visible.params);
    if (args.bodyId) query.andWhere('membership.body_id = :bodyId', { bodyId: args.bodyId });
    if (args.personId) query.andWhere('membership.person_id = :personId', { personId: args.personId });
    if (args.organisationId) {
      query.andWhere('membership.organisation_id = :organisationId', { organisationId: args.organisationId });
    }
    if (args.activeOn) {
      query.andWhere(
        'membership.starts_on <= :day AND (membership.ends_on IS NULL OR membership.ends_on >= :day)',
        { day: args.activeOn },
      );
    }
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'membership.starts_on', value: (row: MembershipEntity) => row.startsOn }],
        idColumn: 'membership.id',
        direction: 'DESC',
      },
      (row) => toMembership(row),
    );
  }

  add(viewer: Viewer, input: AddMembershipInput): Promise<Membership> {
    const actorId = viewer.requirePersonId();
    const target = {
      bodyId: input.bodyId ?? null,
      portfolioId: input.portfolioId ?? null,
      municipalityId: input.municipalityId ?? null,
      endsOn: input.endsOn ?? null,
    };
    checkTarget(input.role, target.bodyId, target.portfolioId);
    if (target.endsOn !== null && target.endsOn < input.startsOn) {
      throw badUserInput('endsOn must not be before startsOn', [
        { field: 'endsOn', message: 'endsOn must be on or after startsOn' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Person', input.personId);
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      const candidate = {
        personId: input.personId,
        organisationId: input.organisationId,
        role: input.role,
        startsOn: input.startsOn,
        ...target,
      };
      await checkWithinOrganisation(viewer, manager, input.organisationId, input.startsOn, target);
      viewer.authorizeNew('Membership', candidate);
      const entity = await manager.save(manager.create(MembershipEntity, candidate));
      await this.audit.record(manager, {
        organisationId: input.organisationId,
        actorId,
        action: 'addMembership',
        subjectType: 'Membership',
        subjectId: entity.id,
        details: { personId: input.personId, role: input.role, ...target, startsOn: input.startsOn },
      });
      return toMembership(entity);
    });
  }

  end(viewer: Viewer, input: EndMembershipInput): Promise<Membership> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Membership', input.id);
      const entity = viewer.authorize(
        'update',
        'Membership',
        await manager.findOne(MembershipEntity, {
          where: { id: input.id },
          lock: { mode: 'pessimistic_write' },
        }),
      );
      if (entity.endsOn !== null && entity.endsOn < input.endsOn) {
        throw conflict(`this membership already ended on ${entity.endsOn}`);
      }
      if (input.endsOn < entity.startsOn) {
        throw badUserInput('endsOn must not be before the membership starts', [
          { field: 'endsOn', message: `endsOn must be on or after the first day, ${entity.startsOn}` },
        ]);
      }
      entity.endsOn = input.endsOn;
      const saved = await manager.save(entity);
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'endMembership',
        subjectType: 'Membership',
        subjectId: entity.id,
        details: { endsOn: input.endsOn },
      });
      return toMembership(saved);
    });
  }
}

/** The rule of the membership_target_check constraint, answered as field errors instead of a database error. */
function checkTarget(role: MembershipRole, bodyId: string | null, portfolioId: string | null): void {
  const errors: FieldError[] = [];
  if (ORGANISATION_ROLES.has(role)) {
    if (bodyId) errors.push({ field: 'bodyId', message: `bodyId must be left out for the role ${role}` });
    if (portfolioId) {
      errors.push({ field: 'portfolioId', message: `portfolioId must be left out for the role ${role}` });
    }
  } else if (role === MembershipRole.STAFF) {
    if (bodyId) errors.push({ field: 'bodyId', message: 'bodyId must be left out for the role STAFF' });
    if (!portfolioId)
      errors.push({ field: 'portfolioId', message: 'portfolioId is required for the role STAFF' });
  } else if (BODY_ROLES.includes(role) && !bodyId) {
    errors.push({ field: 'bodyId', message: `bodyId is required for the role ${role}` });
  }
  if (errors.length > 0) throw badUserInput('the membership does not fit its role', errors);
}

async function checkWithinOrganisation(
  viewer: Viewer,
  manager: EntityManager,
  organisationId: string,
  startsOn: string,
  target: { bodyId: string | null; portfolioId: string | null; municipalityId: string | null },
): Promise<void> {
  const errors: FieldError[] = [];
  if (target.bodyId) {
    const body = await viewer.findReadable<BodyEntity>(manager, 'Body', target.bodyId);
    if (body.organisationId !== organisationId) {
      errors.push({ field: 'bodyId', message: 'bodyId must be a body of the same organisation' });
    }
  }
  if (target.portfolioId) {
    const portfolio = await viewer.findReadable<PortfolioEntity>(manager, 'Portfolio', target.portfolioId);
    if (portfolio.organisationId !== organisationId) {
      errors.push({
        field: 'portfolioId',
        message: 'portfolioId must be a portfolio of the same organisation',
      });
    }
  }
  if (target.municipalityId) {
    await viewer.findReadable(manager, 'Municipality', target.municipalityId);
    if (!(await participatesOn(manager, organisationId, target.municipalityId, startsOn))) {
      errors.push({
        field: 'municipalityId',
        message: `municipalityId must be a gemeente taking part in the organisation on ${startsOn}`,
      });
    }
  }
  if (errors.length > 0) throw badUserInput('the membership refers outside its organisation', errors);
}
