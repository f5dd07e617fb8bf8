import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { requireAll, requireRow } from '../../database/references';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { ProposalEntity } from '../proposal/proposal.entity';
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

  /** The declarations on an item, a proposal or by a person (filters combine), in the order declared. */
  async list(args: ConflictsOfInterestArgs): Promise<ConflictOfInterest[]> {
    if (!args.agendaItemId && !args.proposalId && !args.personId) {
      throw badUserInput('say whose or which declarations', [
        { field: 'agendaItemId', message: 'give agendaItemId, proposalId or personId' },
      ]);
    }
    const query = this.dataSource.getRepository(ConflictOfInterestEntity).createQueryBuilder('declaration');
    if (args.agendaItemId) query.andWhere('declaration.agenda_item_id = :agendaItemId', args);
    if (args.proposalId) query.andWhere('declaration.proposal_id = :proposalId', args);
    if (args.personId) query.andWhere('declaration.person_id = :personId', args);
    const rows = await query
      .orderBy('declaration.declared_at', 'ASC')
      .addOrderBy('declaration.id', 'ASC')
      .getMany();
    return rows.map(toConflictOfInterest);
  }

  declare(input: DeclareConflictOfInterestInput): Promise<ConflictOfInterest> {
    return this.dataSource.transaction(async (manager) => {
      if (!input.agendaItemId && !input.proposalId) {
        throw badUserInput('an interest is in an item or a proposal', [
          { field: 'agendaItemId', message: 'give agendaItemId, proposalId or both' },
        ]);
      }
      await requireAll(manager, 'person', [input.personId], 'Person');
      const item = input.agendaItemId
        ? await requireRow(manager, AgendaItemEntity, input.agendaItemId, 'AgendaItem')
        : null;
      const proposal = input.proposalId
        ? await requireRow(manager, ProposalEntity, input.proposalId, 'Proposal')
        : null;
      if (item && proposal && item.proposalId !== proposal.id) {
        throw badUserInput('the item does not carry this proposal', [
          { field: 'proposalId', message: 'must be the proposal on the agenda item' },
        ]);
      }
      const existing = await manager.existsBy(ConflictOfInterestEntity, {
        personId: input.personId,
        agendaItemId: input.agendaItemId ?? IsNull(),
        proposalId: input.proposalId ?? IsNull(),
      });
      if (existing) throw conflict('this person has already declared an interest in it');
      const organisationId = (item?.organisationId ?? proposal?.organisationId) as string;
      const entity = await manager.save(
        manager.create(ConflictOfInterestEntity, {
          organisationId,
          personId: input.personId,
          agendaItemId: input.agendaItemId ?? null,
          proposalId: input.proposalId ?? null,
          reason: input.reason,
          barsPapers: input.barsPapers,
        }),
      );
      await this.audit.record(manager, {
        organisationId,
        actorId: null,
        action: 'declareConflictOfInterest',
        subjectType: 'ConflictOfInterest',
        subjectId: entity.id,
        details: {
          personId: entity.personId,
          agendaItemId: entity.agendaItemId,
          proposalId: entity.proposalId,
        },
      });
      return toConflictOfInterest(entity);
    });
  }
}
