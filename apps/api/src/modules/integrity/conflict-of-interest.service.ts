import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { ProposalEntity } from '../proposal/proposal.entity';
import { ConflictOfInterestEntity } from './conflict-of-interest.entity';
import type { ConflictOfInterest } from './conflict-of-interest.model';
import type { ConflictsOfInterestArgs } from './dto/conflicts-of-interest.args';
import type { DeclareConflictOfInterestInput } from './dto/declare-conflict-of-interest.input';
import { toConflictOfInterest } from './integrity.mapper';

@Injectable()
export class ConflictOfInterestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The declarations on an item, a proposal or by a person (filters combine) that the person may read, in the
   * order declared; an item or proposal they may not read is NOT_FOUND.
   */
  async list(viewer: Viewer, args: ConflictsOfInterestArgs): Promise<ConflictOfInterest[]> {
    if (!args.agendaItemId && !args.proposalId && !args.personId) {
      throw badUserInput('say whose or which declarations', [
        { field: 'agendaItemId', message: 'give agendaItemId, proposalId or personId' },
      ]);
    }
    const manager = this.dataSource.manager;
    if (args.agendaItemId) await viewer.findReadable(manager, 'AgendaItem', args.agendaItemId);
    if (args.proposalId) await viewer.findReadable(manager, 'Proposal', args.proposalId);
    if (args.personId) await viewer.findReadable(manager, 'Person', args.personId);
    const visible = viewer.where('ConflictOfInterest', 'declaration');
    const query = this.dataSource
      .getRepository(ConflictOfInterestEntity)
      .createQueryBuilder('declaration')
      .where(visible.sql, visible.params);
    if (args.agendaItemId) query.andWhere('declaration.agenda_item_id = :agendaItemId', args);
    if (args.proposalId) query.andWhere('declaration.proposal_id = :proposalId', args);
    if (args.personId) query.andWhere('declaration.person_id = :personId', args);
    const rows = await query
      .orderBy('declaration.declared_at', 'ASC')
      .addOrderBy('declaration.id', 'ASC')
      .getMany();
    return rows.map(toConflictOfInterest);
  }

  /** The signed-in person declares their own interest in an item or proposal they may read. */
  declare(viewer: Viewer, input: DeclareConflictOfInterestInput): Promise<ConflictOfInterest> {
    const personId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      if (!input.agendaItemId && !input.proposalId) {
        throw badUserInput('an interest is in an item or a proposal', [
          { field: 'agendaItemId', message: 'give agendaItemId, proposalId or both' },
        ]);
      }
      const item = input.agendaItemId
        ? await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.agendaItemId)
        : null;
      const proposal = input.proposalId
        ? await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId)
        : null;
      if (item && proposal && item.proposalId !== proposal.id) {
        throw badUserInput('the item does not carry this proposal', [
          { field: 'proposalId', message: 'must be the proposal on the agenda item' },
        ]);
      }
      const candidate = {
        organisationId: (item?.organisationId ?? proposal?.organisationId) as string,
        personId,
        agendaItemId: input.agendaItemId ?? null,
        proposalId: input.proposalId ?? null,
        reason: input.reason,
        barsPapers: input.barsPapers,
      };
      viewer.authorizeNew('ConflictOfInterest', candidate);
      const existing = await manager.existsBy(ConflictOfInterestEntity, {
        personId,
        agendaItemId: input.agendaItemId ?? IsNull(),
        proposalId: input.proposalId ?? IsNull(),
      });
      if (existing) throw conflict('you have already declared an interest in it');
      const entity = await manager.save(manager.create(ConflictOfInterestEntity, candidate));
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: personId,
        action: 'declareConflictOfInterest',
        subjectType: 'ConflictOfInterest',
        subjectId: entity.id,
        details: { agendaItemId: entity.agendaItemId, proposalId: entity.proposalId },
      });
      return toConflictOfInterest(entity);
    });
  }
}
