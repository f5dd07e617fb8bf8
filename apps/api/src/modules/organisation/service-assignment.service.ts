import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { AssignServiceInput } from './dto/assign-service.input';
import type { EndServiceAssignmentInput } from './dto/end-service-assignment.input';
import type { ServiceAssignmentsArgs } from './dto/service-assignments.args';
import type { UpdateServiceAssignmentCostShareInput } from './dto/update-service-assignment-cost-share.input';
import { ServiceAreaEntity } from './service-area.entity';
import { ServiceAssignmentEntity } from './service-assignment.entity';
import { toServiceAssignment } from './service-assignment.mapper';
import type { ServiceAssignment } from './service-assignment.model';
import { participatesOn } from '../../database/references';

/** The assignment matrix: which gemeente has placed which service area with the organisation, at what share. */
@Injectable()
export class ServiceAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** By service area name, then gemeente name, then first day. */
  async list(viewer: Viewer, args: ServiceAssignmentsArgs): Promise<ConnectionShape<ServiceAssignment>> {
    if (args.serviceAreaId)
      await viewer.findReadable(this.dataSource.manager, 'ServiceArea', args.serviceAreaId);
    const visible = viewer.where('ServiceAssignment', 'assignment');
    const query = this.dataSource
      .getRepository(ServiceAssignmentEntity)
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.serviceArea', 'serviceArea')
      .innerJoinAndSelect('assignment.municipality', 'municipality')
      .where('assignment.organisation_id = :organisationId', { organisationId: args.organisationId })
      .andWhere(visible.sql, visible.params);
    if (args.serviceAreaId) {
      query.andWhere('assignment.service_area_id = :serviceAreaId', { serviceAreaId: args.serviceAreaId });
    }
    if (args.municipalityId) {
      query.andWhere('assignment.municipality_id = :municipalityId', { municipalityId: args.municipalityId });
    }
    if (args.activeOn) {
      query.andWhere(
        'assignment.starts_on <= :day AND (assignment.ends_on IS NULL OR assignment.ends_on >= :day)',
        { day: args.activeOn },
      );
    }
    return paginate(
      query,
      args,
      {
        keys: [
          { column: 'serviceArea.name', value: (row: ServiceAssignmentEntity) => row.serviceArea?.name },
          { column: 'municipality.name', value: (row: ServiceAssignmentEntity) => row.municipality?.name },
          { column: 'assignment.starts_on', value: (row: ServiceAssignmentEntity) => row.startsOn },
        ],
        idColumn: 'assignment.id',
        direction: 'ASC',
      },
      toServiceAssignment,
    );
  }

  assign(viewer: Viewer, input: AssignServiceInput): Promise<ServiceAssignment> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const area = await viewer.findReadable<ServiceAreaEntity>(manager, 'ServiceArea', input.serviceAreaId);
      await viewer.findReadable(manager, 'Municipality', input.municipalityId);
      viewer.authorizeNew('ServiceAssignment', {
        organisationId: area.organisationId,
        serviceAreaId: area.id,
        municipalityId: input.municipalityId,
        startsOn: input.startsOn,
        endsOn: null,
        costSharePercent: input.costSharePercent,
      });
      if (!(await participatesOn(manager, area.organisationId, input.municipalityId, input.startsOn))) {
        throw badUserInput('the gemeente does not take part in the organisation on that day', [
          {
            field: 'municipalityId',
            message: `municipalityId must be a gemeente taking part in the organisation on ${input.startsOn}`,
          },
        ]);
      }
      // Serialises concurrent assignments of the same area, so the overlap check below cannot be raced.
      await manager.query(`SELECT 1 FROM service_area WHERE id = $1 FOR UPDATE`, [area.id]);
      const overlapping: unknown[] = await manager.query(
        `SELECT 1 FROM service_assignment
          WHERE service_area_id = $1 AND municipality_id = $2
            AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)
          LIMIT 1`,
        [area.id, input.municipalityId, input.startsOn],
      );
      if (overlapping.length > 0) {
        throw conflict('the gemeente already has this service area assigned on that day; end it first');
      }
      const entity = await manager.save(
        manager.create(ServiceAssignmentEntity, {
          organisationId: area.organisationId,
          serviceAreaId: area.id,
          municipalityId: input.municipalityId,
          startsOn: input.startsOn,
          endsOn: null,
          costSharePercent: input.costSharePercent,
        }),
      );
      await this.audit.record(manager, {
        organisationId: area.organisationId,
        actorId,
        action: 'assignService',
        subjectType: 'ServiceAssignment',
        subjectId: entity.id,
        details: { ...input },
      });
      return this.reload(manager, entity.id);
    });
  }

  end(viewer: Viewer, input: EndServiceAssignmentInput): Promise<ServiceAssignment> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockForUpdate(viewer, manager, input.id);
      if (entity.endsOn !== null) throw conflict(`this service assignment already ended on ${entity.endsOn}`);
      if (input.endsOn < entity.startsOn) {
        throw badUserInput('endsOn must not be before the assignment starts', [
          { field: 'endsOn', message: `endsOn must be on or after the first day, ${entity.startsOn}` },
        ]);
      }
      await manager.update(ServiceAssignmentEntity, { id: entity.id }, { endsOn: input.endsOn });
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'endServiceAssignment',
        subjectType: 'ServiceAssignment',
        subjectId: entity.id,
        details: { endsOn: input.endsOn },
      });
      return this.reload(manager, entity.id);
    });
  }

  updateCostShare(viewer: Viewer, input: UpdateServiceAssignmentCostShareInput): Promise<ServiceAssignment> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockForUpdate(viewer, manager, input.id);
      await manager.update(
        ServiceAssignmentEntity,
        { id: entity.id },
        { costSharePercent: input.costSharePercent },
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'updateServiceAssignmentCostShare',
        subjectType: 'ServiceAssignment',
        subjectId: entity.id,
        details: { from: entity.costSharePercent, to: input.costSharePercent },
      });
      return this.reload(manager, entity.id);
    });
  }

  /** NOT_FOUND when the person may not read the assignment, FORBIDDEN when they may not change it. */
  private async lockForUpdate(
    viewer: Viewer,
    manager: DataSource['manager'],
    id: string,
  ): Promise<ServiceAssignmentEntity> {
    await viewer.findReadable(manager, 'ServiceAssignment', id);
    const entity = await manager.findOne(ServiceAssignmentEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return viewer.authorize('update', 'ServiceAssignment', entity);
  }

  /** Read back from the database, so the decimal comes out as PostgreSQL stores it (e.g. 22.50). */
  private async reload(manager: DataSource['manager'], id: string): Promise<ServiceAssignment> {
    return toServiceAssignment(await manager.findOneByOrFail(ServiceAssignmentEntity, { id }));
  }
}
