import {
  COUNCIL_VIEW_WEEKS,
  councilViewDeadline,
  CouncilViewProcedureStatus,
  CouncilViewStatus,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, forbidden, notFound } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { BodyEntity } from '../body/body.entity';
import type { ProposalEntity } from '../proposal/proposal.entity';
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

  async get(viewer: Viewer, id: string): Promise<CouncilViewProcedure> {
    return toCouncilViewProcedure(
      await viewer.findReadable<CouncilViewProcedureEntity>(
        this.dataSource.manager,
        'CouncilViewProcedure',
        id,
      ),
    );
  }

  /** By deadline, the nearest first. */
  async list(
    viewer: Viewer,
    args: CouncilViewProceduresArgs,
  ): Promise<ConnectionShape<CouncilViewProcedure>> {
    await viewer.findReadable(this.dataSource.manager, 'Organisation', args.organisationId);
    const visible = viewer.where('CouncilViewProcedure', 'procedure');
    const query = this.dataSource
      .getRepository(CouncilViewProcedureEntity)
      .createQueryBuilder('procedure')
      .where('procedure.organisation_id = :organisationId', { organisationId: args.organisationId })
      .andWhere(visible.sql, visible.params);
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
  start(viewer: Viewer, input: StartCouncilViewProcedureInput): Promise<CouncilViewProcedure> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const legalDeadline = councilViewDeadline(input.subject, input.sentOn);
      const deadlineOn = input.deadlineOn ?? legalDeadline;
      if (deadlineOn < legalDeadline) {
        throw badUserInput('the deadline is shorter than the legal term', [
          {
            field: 'deadlineOn',
            message: `must give the raden at least ${COUNCIL_VIEW_WEEKS[input.subject]} weeks: not before ${legalDeadline}`,
          },
        ]);
      }
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      const body = await viewer.findReadable<BodyEntity>(manager, 'Body', input.bodyId);
      if (body.organisationId !== input.organisationId) throw notFound('Body');
      if (input.proposalId) {
        const proposal = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId);
        if (proposal.organisationId !== input.organisationId) throw notFound('Proposal');
      }
      const candidate = {
        organisationId: input.organisationId,
        bodyId: input.bodyId,
        proposalId: input.proposalId ?? null,
        subject: input.subject,
        title: input.title,
        sentOn: input.sentOn,
        deadlineOn,
        status: CouncilViewProcedureStatus.OPEN,
        reaction: null,
        reactedOn: null,
      };
      viewer.authorizeNew('CouncilViewProcedure', candidate);
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
      const entity = await manager.save(manager.create(CouncilViewProcedureEntity, candidate));
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
        actorId,
        action: 'startCouncilViewProcedure',
        subjectType: 'CouncilViewProcedure',
        subjectId: entity.id,
        details: { subject: entity.subject, deadlineOn: entity.deadlineOn, councils: participants.length },
      });
      return toCouncilViewProcedure(entity);
    });
  }

  /** A raad's view (or its choice to give none), while the procedure is open. */
  recordView(viewer: Viewer, input: RecordCouncilViewInput): Promise<CouncilView> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const procedure = await lockReadable(viewer, manager, input.procedureId);
      if (procedure.status === CouncilViewProcedureStatus.CLOSED) {
        throw conflict('the procedure is closed: the board has already reacted to the views');
      }
      const view = await manager.findOneBy(CouncilViewEntity, {
        procedureId: procedure.id,
        municipalityId: input.municipalityId,
      });
      if (!view) throw notFound('CouncilView');
      // a view is read as its procedure; only those acting for the gemeente record their raad's view
      if (!viewer.can('update', 'CouncilView', view)) {
        throw forbidden("only people acting for the gemeente record its raad's view");
      }
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
        actorId,
        action: 'recordCouncilView',
        subjectType: 'CouncilView',
        subjectId: view.id,
        details: { procedureId: procedure.id, municipalityId: view.municipalityId, status: view.status },
      });
      return toCouncilView(view);
    });
  }

  /** The board's reaction closes the procedure. */
  recordReaction(viewer: Viewer, input: RecordCouncilViewReactionInput): Promise<CouncilViewProcedure> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const procedure = viewer.authorize(
        'update',
        'CouncilViewProcedure',
        await lockReadable(viewer, manager, input.procedureId),
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
        actorId,
        action: 'recordCouncilViewReaction',
        subjectType: 'CouncilViewProcedure',
        subjectId: procedure.id,
        details: { reactedOn: procedure.reactedOn },
      });
      return toCouncilViewProcedure(procedure);
    });
  }
}

/** The procedure when the person may read it (else NOT_FOUND), locked so concurrent writes see its final status. */
async function lockReadable(
  viewer: Viewer,
  manager: EntityManager,
  id: string,
): Promise<CouncilViewProcedureEntity> {
  const visible = viewer.where('CouncilViewProcedure', 'procedure');
  const row = await manager
    .createQueryBuilder(CouncilViewProcedureEntity, 'procedure')
    .where('procedure.id = :id', { id })
    .andWhere(visible.sql, visible.params)
    .setLock('pessimistic_write')
    .getOne();
  return viewer.readable('CouncilViewProcedure', row);
}
