import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../database/sql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { CreateMunicipalityInput } from './dto/create-municipality.input';
import type { MunicipalitiesArgs } from './dto/municipalities.args';
import type { UpdateMunicipalityInput } from './dto/update-municipality.input';
import { MunicipalityEntity } from './municipality.entity';
import { toMunicipality } from './municipality.mapper';
import type { Municipality } from './municipality.model';
import { withoutUndefined } from './without-undefined';

@Injectable()
export class MunicipalityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(viewer: Viewer, args: MunicipalitiesArgs): Promise<ConnectionShape<Municipality>> {
    const visible = viewer.where('Municipality', 'municipality');
    const query = this.dataSource
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('municipality')
      .where(visible.sql, visible.params);
    if (args.nameContains) {
      query.andWhere('municipality.name ILIKE :pattern', { pattern: `%${escapeLike(args.nameContains)}%` });
    }
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'municipality.name', value: (row: MunicipalityEntity) => row.name }],
        idColumn: 'municipality.id',
        direction: 'ASC',
      },
      toMunicipality,
    );
  }

  /** One transaction: the row and its audit entry are saved together or not at all. */
  create(viewer: Viewer, input: CreateMunicipalityInput): Promise<Municipality> {
    const actorId = viewer.requirePersonId();
    viewer.authorizeNew('Municipality', { ...input });
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.existsBy(MunicipalityEntity, { cbsCode: input.cbsCode });
      if (taken) throw conflict(`a gemeente with CBS code ${input.cbsCode} already exists`);
      const entity = await manager.save(manager.create(MunicipalityEntity, input));
      await this.audit.record(manager, {
        organisationId: null,
        actorId,
        action: 'createMunicipality',
        subjectType: 'Municipality',
        subjectId: entity.id,
        details: { cbsCode: entity.cbsCode },
      });
      return toMunicipality(entity);
    });
  }

  /** Name and inhabitants only: the CBS code identifies the gemeente and never changes. */
  update(viewer: Viewer, input: UpdateMunicipalityInput): Promise<Municipality> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const entity = viewer.authorize(
        'update',
        'Municipality',
        await viewer.findReadable<MunicipalityEntity>(manager, 'Municipality', input.id),
      );
      const { id, ...changes } = input;
      Object.assign(entity, withoutUndefined(changes));
      const saved = await manager.save(entity);
      await this.audit.record(manager, {
        organisationId: null,
        actorId,
        action: 'updateMunicipality',
        subjectType: 'Municipality',
        subjectId: id,
        details: { changes: withoutUndefined(changes) },
      });
      return toMunicipality(saved);
    });
  }
}
