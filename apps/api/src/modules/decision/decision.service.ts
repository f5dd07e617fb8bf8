import { idempotent } from '../../database/idempotent';
import {
  BodyKind,
  DecisionListStatus,
  DecisionOutcome,
  ProposalState,
  ProposalStep,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { conflict } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { BodyEntity } from '../body/body.entity';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { DecisionListEntity } from './decision-list.entity';
import type { DecisionList } from './decision-list.model';
import { DecisionEntity } from './decision.entity';
import { toDecision, toDecisionList } from './decision.mapper';
import type { Decision } from './decision.model';
import type { CorrectDecisionInput } from './dto/correct-decision.input';
import type { DecisionListsArgs } from './dto/decision-lists.args';
import type { DecisionsArgs } from './dto/decisions.args';
import type { RecordDecisionInput } from './dto/record-decision.input';
import { ProposalLifecycleService } from '../proposal/proposal-lifecycle.service';
import { ProposalEntity } from '../proposal/proposal.entity';
import { checkVotes } from './vote-rules';
import { DecisionPointsService } from './decision-points.service';
import { VoteEntity } from './vote.entity';

const OUTCOME_STEPS: Record<DecisionOutcome, ProposalStep> = {
  [DecisionOutcome.ADOPTED]: ProposalStep.DECIDE,
  [DecisionOutcome.ADOPTED_AMENDED]: ProposalStep.DECIDE,
  [DecisionOutcome.REJECTED]: ProposalStep.DECIDE,
  [DecisionOutcome.DEFERRED]: ProposalStep.DEFER,
  [DecisionOutcome.WITHDRAWN]: ProposalStep.WITHDRAW,
};

@Injectable()
export class DecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ProposalLifecycleService,
    private readonly points: DecisionPointsService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Decision> {
    return toDecision(await viewer.findReadable<DecisionEntity>(this.dataSource.manager, 'Decision', id));
  }

  /**
   * Newest first, by the day decided. Body and organisation only narrow the list: every decision in it is one the
   * viewer may read, and the public reads published openbaar decisions of bodies it cannot read.
   */
  list(viewer: Viewer, args: DecisionsArgs): Promise<ConnectionShape<Decision>> {
    const visible = viewer.where('Decision', 'decision');
    const query = this.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder('decision')
      .where(visible.sql, visible.params);
    if (args.bodyId) query.andWhere('decision.body_id = :bodyId', { bodyId: args.bodyId });
    if (args.organisationId) {
      query.andWhere('decision.organisation_id = :organisationId', { organisationId: args.organisationId });
    }
    if (args.from) query.andWhere('decision.decided_on >= :from', { from: args.from });
    if (args.to) query.andWhere('decision.decided_on <= :to', { to: args.to });
    return paginate(
      query,
      args,
      {
        keys: [{ column: 'decision.decided_on', value: (row: DecisionEntity) => row.decidedOn }],
        idColumn: 'decision.id',
        direction: 'DESC',
      },
      toDecision,
    );
  }

  async getList(viewer: Viewer, id: string): Promise<DecisionList> {
    return toDecisionList(
      await viewer.findReadable<DecisionListEntity>(this.dataSource.manager, 'DecisionList', id),
    );
  }

  /** A body's besluitenlijsten the viewer may read, newest first (the public reads the published ones). */
  lists(viewer: Viewer, args: DecisionListsArgs): Promise<ConnectionShape<DecisionList>> {
    const visible = viewer.where('DecisionList', 'list');
    const query = this.dataSource
      .getRepository(DecisionListEntity)
      .createQueryBuilder('list')
      .where(visible.sql, visible.params)
      .andWhere('list.body_id = :bodyId', { bodyId: args.bodyId });
    return paginate(
      query,
      args,
      {
        // Milliseconds, as a cursor carries them (JavaScript dates), so no row is skipped between pages
        keys: [
          {
            column: "date_trunc('milliseconds', list.created_at)",
            value: (row: DecisionListEntity) => row.createdAt,
          },
        ],
        idColumn: 'list.id',
        direction: 'DESC',
      },
      toDecisionList,
    );
  }

  /**
   * Records the decision on an agenda item: organisation, body, meeting, confidentiality, gemeente scope and
   * secrecy come from the item; the proposal version is the one current when decided. The body's secretary or
   * the director records it, on an item they may read.
   */
  record(viewer: Viewer, input: RecordDecisionInput): Promise<Decision> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        actorId,
        input.idempotencyKey,
        'recordDecision',
        async () => {
          const item = await viewer.findReadable<AgendaItemEntity>(manager, 'AgendaItem', input.agendaItemId);
          const candidate = {
            organisationId: item.organisationId,
            bodyId: item.bodyId,
            meetingId: item.meetingId,
            agendaItemId: item.id,
            correctsDecisionId: null,
            title: input.title,
            text: input.text,
            outcome: input.outcome,
            decidedOn: input.decidedOn,
            municipalityScope: item.municipalityScope,
            confidentiality: item.confidentiality,
            secrecyId: item.secrecyId,
            publishedAt: null,
            retentionClass: input.retentionClass,
          };
          viewer.authorizeNew('Decision', candidate);
          const existing = await manager.existsBy(DecisionEntity, { agendaItemId: item.id });
          if (existing)
            throw conflict('this agenda item already has a decision; correct that decision instead');
          const votes = input.votes ?? [];
          if (votes.length > 0) await checkVotes(manager, item, votes, input.decidedOn);
          const list = await manager.findOneBy(DecisionListEntity, { meetingId: item.meetingId });
          const entity = await manager.save(
            manager.create(DecisionEntity, {
              ...candidate,
              proposalVersionId: item.proposalId ? await currentVersionId(manager, item.proposalId) : null,
              decisionListId: list?.status === DecisionListStatus.DRAFT ? list.id : null,
            }),
          );
          if (votes.length > 0) {
            await manager.insert(
              VoteEntity,
              votes.map((vote) => ({
                decisionId: entity.id,
                personId: vote.personId,
                municipalityId: vote.municipalityId ?? null,
                choice: vote.choice,
              })),
            );
          }
          await this.audit.record(manager, {
            organisationId: entity.organisationId,
            actorId,
            action: 'recordDecision',
            subjectType: 'Decision',
            subjectId: entity.id,
            details: { agendaItemId: item.id, outcome: entity.outcome, votes: votes.length },
          });
          await this.points.recordProposed(manager, entity, actorId);
          if (item.proposalId) await this.moveProposal(manager, item, entity, actorId);
          return toDecision(entity);
        },
        async (id) => toDecision(await manager.findOneByOrFail(DecisionEntity, { id })),
      ),
    );
  }

  /**
   * The decision moves the proposal it is about: decided (adopted, amended or rejected), deferred to a later agenda,
   * or withdrawn. Only a portefeuillehoudersoverleg decides on a proposal straight from its own agenda (Noaberkracht);
   * a board decides on what its published agenda carries.
   */
  private async moveProposal(
    manager: EntityManager,
    item: AgendaItemEntity,
    decision: DecisionEntity,
    actorId: string,
  ): Promise<void> {
    const proposal = await manager.findOneByOrFail(ProposalEntity, { id: item.proposalId as string });
    if (proposal.state === ProposalState.IN_COMMITTEE) {
      const body = await manager.findOneByOrFail(BodyEntity, { id: item.bodyId });
      if (body.kind !== BodyKind.PORTFOLIO_MEETING) {
        throw conflict(
          'the proposal is still in committee; only a portefeuillehoudersoverleg decides on it there',
        );
      }
      if (decision.outcome === DecisionOutcome.DEFERRED) return;
    }
    await this.lifecycle.take(manager, {
      proposalId: proposal.id,
      step: OUTCOME_STEPS[decision.outcome],
      actorId,
      cause: { decisionId: decision.id },
    });
  }

  /** A correction is a new decision pointing to the original, which stays as it was (Archiefwet). */
  correct(viewer: Viewer, input: CorrectDecisionInput): Promise<Decision> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const original = viewer.authorize(
        'update',
        'Decision',
        await viewer.findReadable<DecisionEntity>(manager, 'Decision', input.decisionId),
      );
      const corrected = await manager.existsBy(DecisionEntity, { correctsDecisionId: original.id });
      if (corrected)
        throw conflict('this decision has already been corrected; correct the latest correction');
      const { id: _id, createdAt: _createdAt, searchVector: _searchVector, ...copy } = original;
      const entity = await manager.save(
        manager.create(DecisionEntity, {
          ...copy,
          text: input.text,
          correctsDecisionId: original.id,
          decisionListId: null,
          publishedAt: null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'correctDecision',
        subjectType: 'Decision',
        subjectId: entity.id,
        details: { correctsDecisionId: original.id, reason: input.reason },
      });
      return toDecision(entity);
    });
  }
}

async function currentVersionId(manager: EntityManager, proposalId: string): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT version.id FROM proposal
       JOIN proposal_version version ON version.proposal_id = proposal.id AND version.number = proposal.current_version
      WHERE proposal.id = $1`,
    [proposalId],
  );
  return rows[0]?.id ?? null;
}
