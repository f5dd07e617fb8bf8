import { CouncilViewProcedureStatus, CouncilViewStatus } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, conflict, notFound } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { BodyEntity } from '../body/body.entity';
import { requireRow } from '../../database/references';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { ProposalEntity } from '../proposal/proposal.entity';
import { CouncilViewProcedureEntity } from './council-view-procedure.entity';
import { CouncilViewEntity } from './council-view.entity';
import { toCouncilView, toCouncilViewProcedure } from './council-view.mapper';
import type { CouncilView, CouncilViewProcedure } from './council-view.model';
import type { CouncilViewProceduresArgs } from './dto/council-view-procedures.args';
import type { RecordCouncilViewReactionInput } from './dto/record-council-view-reaction.input';
import type { RecordCouncilViewInput } from './dto/record-council-view.input';
import type { StartCouncilViewProcedureInput } from './dto/start-council-view-procedure.input';

@Injectable()
export class CouncilViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<CouncilViewProcedure> {
    const entity = await this.dataSource.getRepository(CouncilViewProcedureEntity).findOneBy({ id });
    if (!entity) throw notFound('CouncilViewProcedure');
    return toCouncilViewProcedure(entity);
  }

  /** By deadline, the nearest first. */
  list(args: CouncilViewProceduresArgs): Promise<ConnectionShape<CouncilViewProcedure>> {
    const query = this.dataSource
      .getRepository(CouncilViewProcedureEntity)
      .createQueryBuilder('procedure')
      .where('procedure.organisation_id = :organisationId', { organisationId: args.organisationId });
    return paginate(
      query,
      args,
      {
        keys: [
          { column: 'procedure.deadline_on', value: (row: CouncilViewProcedureEntity) => row.deadlineOn },
        ],
        idColumn: 'procedure.id',
        direction: 'ASC',
      },
      toCouncilViewProcedure,
    );
  }

  /** Sends the procedure to the raad of every gemeente taking part on the day it is sent. */
  start(input: StartCouncilViewProcedureInput): Promise<CouncilViewProcedure> {
    return this.dataSource.transaction(async (manager) => {
      if (input.deadlineOn < input.sentOn) {
        throw badUserInput('the deadline comes after sending', [
          { field: 'deadlineOn', message: 'must not be before sentOn' },
        ]);
      }
      await requireRow(manager, OrganisationEntity, input.organisationId, 'Organisation');
      const body = await requireRow(manager, BodyEntity, input.bodyId, 'Body');
      if (body.organisationId !== input.organisationId) throw notFound('Body');
      if (input.proposalId) {
        const proposal = await requireRow(manager, ProposalEntity, input.proposalId, 'Proposal');
        if (proposal.organisationId !== input.organisationId) throw notFound('Proposal');
      }
      const participants: { municipality_id: string }[] = await manager.query(
        `SELECT DISTINCT municipality_id FROM participation
          WHERE organisation_id = $1 AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)`,
        [input.organisationId, input.sentOn],
      );
      if (participants.length === 0) {
        throw badUserInput('no gemeente takes part on that day', [
          { field: 'sentOn', message: 'no gemeente takes part in the organisation on this day' },
        ]);
      }
      const entity = await manager.save(
        manager.create(CouncilViewProcedureEntity, {
          organisationId: input.organisationId,
          bodyId: input.bodyId,
          proposalId: input.proposalId ?? null,
          subject: input.subject,
          title: input.title,
          sentOn: input.sentOn,
          deadlineOn: input.deadlineOn,
          status: CouncilViewProcedureStatus.OPEN,
          reaction: null,
          reactedOn: null,
        }),
      );
      await manager.insert(
        CouncilViewEntity,
        participants.map((row) => ({
          procedureId: entity.id,
          municipalityId: row.municipality_id,
          status: CouncilViewStatus.AWAITED,
          submittedOn: null,
          summary: null,
        })),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'startCouncilViewProcedure',
        subjectType: 'CouncilViewProcedure',
        subjectId: entity.id,
        details: { subject: entity.subject, deadlineOn: entity.deadlineOn, councils: participants.length },
      });
      return toCouncilViewProcedure(entity);
    });
  }

  /** A raad's view (or its choice to give none), while the procedure is open. */
  recordView(input: RecordCouncilViewInput): Promise<CouncilView> {
    return this.dataSource.transaction(async (manager) => {
      const procedure = await requireRow(
        manager,
        CouncilViewProcedureEntity,
        input.procedureId,
        'CouncilViewProcedure',
      );
      if (procedure.status === CouncilViewProcedureStatus.CLOSED) {
        throw conflict('the procedure is closed: the board has already reacted to the views');
      }
      const view = await manager.findOneBy(CouncilViewEntity, {
        procedureId: procedure.id,
        municipalityId: input.municipalityId,
      });
      if (!view) throw notFound('CouncilView');
      if (input.submittedOn < procedure.sentOn) {
        throw badUserInput('a view follows the request', [
          { field: 'submittedOn', message: 'must not be before the procedure was sent' },
        ]);
      }
      Object.assign(view, {
        status: input.status,
        submittedOn: input.submittedOn,
        summary: input.summary ?? null,
      });
      await manager.save(view);
      await this.audit.record(manager, {
        organisationId: procedure.organisationId,
        actorId: null,
        action: 'recordCouncilView',
        subjectType: 'CouncilView',
        subjectId: view.id,
        details: { procedureId: procedure.id, municipalityId: view.municipalityId, status: view.status },
      });
      return toCouncilView(view);
    });
  }

  /** The board's reaction closes the procedure. */
  recordReaction(input: RecordCouncilViewReactionInput): Promise<CouncilViewProcedure> {
    return this.dataSource.transaction(async (manager) => {
      const procedure = await requireRow(
        manager,
        CouncilViewProcedureEntity,
        input.procedureId,
        'CouncilViewProcedure',
      );
      if (procedure.status === CouncilViewProcedureStatus.CLOSED) {
        throw conflict('the board has already reacted to the views of this procedure');
      }
      if (input.reactedOn < procedure.sentOn) {
        throw badUserInput('a reaction follows the request', [
          { field: 'reactedOn', message: 'must not be before the procedure was sent' },
        ]);
      }
      Object.assign(procedure, {
        reaction: input.reaction,
        reactedOn: input.reactedOn,
        status: CouncilViewProcedureStatus.CLOSED,
      });
      await manager.save(procedure);
      await this.audit.record(manager, {
        organisationId: procedure.organisationId,
        actorId: null,
        action: 'recordCouncilViewReaction',
        subjectType: 'CouncilViewProcedure',
        subjectId: procedure.id,
        details: { reactedOn: procedure.reactedOn },
      });
      return toCouncilViewProcedure(procedure);
    });
  }
}
