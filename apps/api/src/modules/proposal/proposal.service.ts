import { idempotent } from '../../database/idempotent';
import { ProposalState, ProposalStep } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, forbidden } from '../../graphql/errors';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { requireParticipating } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import type { PortfolioEntity } from '../organisation/portfolio.entity';
import type { ServiceAreaEntity } from '../organisation/service-area.entity';
import { DecisionPointEntity } from './decision-point.entity';
import type { AddProposalVersionInput } from './dto/add-proposal-version.input';
import type { CreateProposalInput } from './dto/create-proposal.input';
import type { FinancialImpactInput } from './dto/financial-impact.input';
import type { ProposalsArgs } from './dto/proposals.args';
import type { UpdateProposalConceptInput } from './dto/update-proposal-concept.input';
import type { WithdrawProposalInput } from './dto/withdraw-proposal.input';
import { ProposalLifecycleService } from './proposal-lifecycle.service';
import { FinancialImpactEntity } from './financial-impact.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import { ProposalEntity } from './proposal.entity';
import { toProposal } from './proposal.mapper';
import type { Proposal } from './proposal.model';

/**
 * `updated_at` has microseconds, a cursor keeps milliseconds: sorting on the truncated value keeps the cursor
 * exact, and the id breaks ties.
 */
const UPDATED_AT_MS = `date_trunc('milliseconds', proposal.updated_at)`;

@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ProposalLifecycleService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Proposal> {
    return toProposal(await viewer.findReadable<ProposalEntity>(this.dataSource.manager, 'Proposal', id));
  }

  /** Most recently changed first; only the proposals the viewer may read, also in totalCount. */
  async list(viewer: Viewer, args: ProposalsArgs): Promise<ConnectionShape<Proposal>> {
    if (args.portfolioId) await viewer.findReadable(this.dataSource.manager, 'Portfolio', args.portfolioId);
    const visible = viewer.where('Proposal', 'proposal');
    const query = this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder('proposal')
      .where(visible.sql, visible.params);
    if (args.state) query.andWhere('proposal.state = :state', { state: args.state });
    if (args.portfolioId)
      query.andWhere('proposal.portfolio_id = :portfolioId', { portfolioId: args.portfolioId });
    if (args.organisationId) {
      query.andWhere('proposal.organisation_id = :organisationId', { organisationId: args.organisationId });
    }
    return paginate(
      query,
      args,
      {
        keys: [{ column: UPDATED_AT_MS, value: (row: ProposalEntity) => row.updatedAt }],
        idColumn: 'proposal.id',
        direction: 'DESC',
      },
      toProposal,
    );
  }

  /** A concept by the signed-in person, with its first version, beslispunten and financial impacts. */
  create(viewer: Viewer, input: CreateProposalInput): Promise<Proposal> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        actorId,
        input.idempotencyKey,
        'createProposal',
        async () => {
          const portfolio = await viewer.findReadable<PortfolioEntity>(
            manager,
            'Portfolio',
            input.portfolioId,
          );
          const candidate = manager.create(ProposalEntity, {
            organisationId: portfolio.organisationId,
            portfolioId: portfolio.id,
            serviceAreaId: input.serviceAreaId ?? null,
            authorId: actorId,
            title: input.title,
            summary: input.summary ?? null,
            state: ProposalState.CONCEPT,
            currentVersion: 1,
            municipalityScope: input.municipalityScope ?? [],
            confidentiality: input.confidentiality,
            secrecyId: null,
          });
          viewer.authorizeNew('Proposal', candidate);
          await requireServiceArea(viewer, manager, portfolio.organisationId, input.serviceAreaId);
          await requireParticipating(
            manager,
            portfolio.organisationId,
            input.municipalityScope ?? [],
            'municipalityScope',
          );
          await requireImpacts(manager, portfolio.organisationId, input.financialImpacts ?? []);
          const proposal = await manager.save(candidate);
          const version = await manager.save(
            manager.create(ProposalVersionEntity, {
              proposalId: proposal.id,
              number: 1,
              title: input.title,
              body: input.body,
              financialConsequences: input.financialConsequences ?? null,
              changeNote: null,
              createdById: actorId,
            }),
          );
          await saveVersionDetails(manager, version.id, input.decisionPoints, input.financialImpacts ?? []);
          await this.audit.record(manager, {
            organisationId: proposal.organisationId,
            actorId,
            action: 'createProposal',
            subjectType: 'Proposal',
            subjectId: proposal.id,
            details: { portfolioId: proposal.portfolioId, authorId: proposal.authorId },
          });
          return toProposal(proposal);
        },
        async (id) => toProposal(await manager.findOneByOrFail(ProposalEntity, { id })),
      ),
    );
  }

  /** A concept is still a draft: its current text is edited in place, lists given replace the old ones. */
  updateConcept(viewer: Viewer, input: UpdateProposalConceptInput): Promise<Proposal> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const current = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.id);
      if (current.state !== ProposalState.CONCEPT) {
        throw conflict('only a concept can be edited; a submitted proposal gets a new version instead');
      }
      viewer.authorize('update', 'Proposal', current);
      await requireServiceArea(viewer, manager, current.organisationId, input.serviceAreaId);
      await requireParticipating(
        manager,
        current.organisationId,
        input.municipalityScope ?? [],
        'municipalityScope',
      );
      await requireImpacts(manager, current.organisationId, input.financialImpacts ?? []);
      await updateVersioned(manager, ProposalEntity, 'the proposal', current.id, input.expectedVersion, {
        title: input.title,
        summary: input.summary,
        serviceAreaId: input.serviceAreaId,
        municipalityScope: input.municipalityScope,
        confidentiality: input.confidentiality,
      });
      const version = await manager.findOneByOrFail(ProposalVersionEntity, {
        proposalId: current.id,
        number: current.currentVersion,
      });
      const textChanges = Object.fromEntries(
        Object.entries({
          title: input.title,
          body: input.body,
          financialConsequences: input.financialConsequences,
        }).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(textChanges).length > 0) {
        await manager.update(ProposalVersionEntity, { id: version.id }, textChanges);
      }
      if (input.decisionPoints) {
        await manager.delete(DecisionPointEntity, { proposalVersionId: version.id });
        await saveVersionDetails(manager, version.id, input.decisionPoints, []);
      }
      if (input.financialImpacts) {
        await manager.delete(FinancialImpactEntity, { proposalVersionId: version.id });
        await saveVersionDetails(manager, version.id, [], input.financialImpacts);
      }
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'updateProposalConcept',
        subjectType: 'Proposal',
        subjectId: current.id,
        details: {
          changed: Object.entries(input)
            .filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'expectedVersion')
            .map(([key]) => key),
        },
      });
      return toProposal(await manager.findOneByOrFail(ProposalEntity, { id: current.id }));
    });
  }

  /**
   * A submitted proposal is never edited: the new text becomes the next version and the current one, made by the
   * signed-in person. Whoever may create a proposal in its portfolio (its staff, the director) may add a version.
   */
  addVersion(viewer: Viewer, input: AddProposalVersionInput): Promise<Proposal> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const current = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId);
      if (current.state === ProposalState.CONCEPT) {
        throw conflict(
          'a concept is edited in place (updateProposalConcept); versions start once it is submitted',
        );
      }
      if (current.state === ProposalState.WITHDRAWN) {
        throw conflict('the proposal has been withdrawn and gets no new versions');
      }
      if (!viewer.can('create', 'Proposal', current)) {
        throw forbidden('you may not add a version to this proposal');
      }
      await requireImpacts(manager, current.organisationId, input.financialImpacts ?? []);
      const number = current.currentVersion + 1;
      await updateVersioned(manager, ProposalEntity, 'the proposal', current.id, input.expectedVersion, {
        title: input.title,
        currentVersion: number,
      });
      const version = await manager.save(
        manager.create(ProposalVersionEntity, {
          proposalId: current.id,
          number,
          title: input.title,
          body: input.body,
          financialConsequences: input.financialConsequences ?? null,
          changeNote: input.changeNote,
          createdById: actorId,
        }),
      );
      await saveVersionDetails(manager, version.id, input.decisionPoints, input.financialImpacts ?? []);
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'addProposalVersion',
        subjectType: 'Proposal',
        subjectId: current.id,
        details: { number, changeNote: input.changeNote },
      });
      return toProposal(await manager.findOneByOrFail(ProposalEntity, { id: current.id }));
    });
  }

  /**
   * Withdrawn by its author, the staff of its portfolio or the director, at any step before the decision; final. The
   * row is locked before its version is compared, so a step taken meanwhile makes this request stale.
   */
  withdraw(viewer: Viewer, input: WithdrawProposalInput): Promise<Proposal> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const readable = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId);
      if (readable.authorId !== actorId && !viewer.can('create', 'Proposal', readable)) {
        throw forbidden('you may not withdraw this proposal');
      }
      const current = await manager.findOneOrFail(ProposalEntity, {
        where: { id: readable.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.version !== input.expectedVersion) {
        throw conflict('the proposal was changed by someone else; reload and try again');
      }
      await this.lifecycle.take(manager, {
        proposalId: current.id,
        step: ProposalStep.WITHDRAW,
        actorId,
        cause: { reason: input.reason.trim() },
      });
      return toProposal(await manager.findOneByOrFail(ProposalEntity, { id: current.id }));
    });
  }
}

async function saveVersionDetails(
  manager: EntityManager,
  proposalVersionId: string,
  decisionPoints: string[],
  impacts: FinancialImpactInput[],
): Promise<void> {
  if (decisionPoints.length > 0) {
    await manager.insert(
      DecisionPointEntity,
      decisionPoints.map((text, index) => ({ proposalVersionId, number: index + 1, text })),
    );
  }
  if (impacts.length > 0) {
    await manager.insert(
      FinancialImpactEntity,
      impacts.map((impact) => ({
        proposalVersionId,
        municipalityId: impact.municipalityId,
        amountCents: impact.amountCents,
        note: impact.note ?? null,
      })),
    );
  }
}

async function requireServiceArea(
  viewer: Viewer,
  manager: EntityManager,
  organisationId: string,
  serviceAreaId: string | null | undefined,
): Promise<void> {
  if (!serviceAreaId) return;
  const serviceArea = await viewer.findReadable<ServiceAreaEntity>(manager, 'ServiceArea', serviceAreaId);
  if (serviceArea.organisationId !== organisationId) {
    throw badUserInput('serviceAreaId belongs to another organisation', [
      { field: 'serviceAreaId', message: 'must be a service area of the proposal’s organisation' },
    ]);
  }
}

/** One amount per gemeente, and only for gemeenten that take part. */
async function requireImpacts(
  manager: EntityManager,
  organisationId: string,
  impacts: FinancialImpactInput[],
): Promise<void> {
  const ids = impacts.map((impact) => impact.municipalityId);
  if (new Set(ids).size !== ids.length) {
    throw badUserInput('financialImpacts names a gemeente twice', [
      { field: 'financialImpacts', message: 'must name each gemeente at most once' },
    ]);
  }
  await requireParticipating(manager, organisationId, ids, 'financialImpacts');
}
