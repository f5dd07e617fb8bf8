import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { AddParticipationInput } from './dto/add-participation.input';
import type { EndParticipationInput } from './dto/end-participation.input';
import { ParticipationEntity } from './participation.entity';
import { toParticipation } from './participation.mapper';
import type { Participation } from './participation.model';

@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A gemeente joins an organisation; it cannot join twice while a participation still runs. */
  add(viewer: Viewer, input: AddParticipationInput): Promise<Participation> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      await viewer.findReadable(manager, 'Municipality', input.municipalityId);
      viewer.authorizeNew('Participation', { ...input, endsOn: null });
      // Serialises concurrent joins of the same gemeente, so the check below cannot be raced.
      await manager.query(`SELECT 1 FROM municipality WHERE id = $1 FOR UPDATE`, [input.municipalityId]);
      const running: unknown[] = await manager.query(
        `SELECT 1 FROM participation
          WHERE organisation_id = $1 AND municipality_id = $2 AND (ends_on IS NULL OR ends_on >= $3)
          LIMIT 1`,
        [input.organisationId, input.municipalityId, input.startsOn],
      );
      if (running.length > 0) {
        throw conflict('this gemeente already takes part in the organisation; end that participation first');
      }
      const entity = await manager.save(manager.create(ParticipationEntity, { ...input, endsOn: null }));
      await this.audit.record(manager, {
        organisationId: input.organisationId,
        actorId,
        action: 'addParticipation',
        subjectType: 'Participation',
        subjectId: entity.id,
        details: { municipalityId: input.municipalityId, startsOn: input.startsOn },
      });
      return toParticipation(entity);
    });
  }

  end(viewer: Viewer, input: EndParticipationInput): Promise<Participation> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Participation', input.id);
      const entity = viewer.authorize(
        'update',
        'Participation',
        await manager.findOne(ParticipationEntity, {
          where: { id: input.id },
          lock: { mode: 'pessimistic_write' },
        }),
      );
      if (entity.endsOn !== null) throw conflict(`this participation already ended on ${entity.endsOn}`);
      if (input.endsOn < entity.startsOn) {
        throw badUserInput('endsOn must not be before the participation starts', [
          { field: 'endsOn', message: `endsOn must be on or after the first day, ${entity.startsOn}` },
        ]);
      }
      entity.endsOn = input.endsOn;
      const saved = await manager.save(entity);
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'endParticipation',
        subjectType: 'Participation',
        subjectId: entity.id,
        details: { endsOn: input.endsOn },
      });
      return toParticipation(saved);
    });
  }
}
