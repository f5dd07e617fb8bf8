import type { DecisionPointEntity } from './decision-point.entity';
import type { FinancialImpactEntity } from './financial-impact.entity';
import type { ProposalVersionEntity } from './proposal-version.entity';
import type { DecisionPoint, FinancialImpact, ProposalVersion } from './proposal-version.model';
import type { ProposalEntity } from './proposal.entity';
import type { Proposal } from './proposal.model';

export function toProposal(entity: ProposalEntity): Proposal {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    portfolioId: entity.portfolioId,
    serviceAreaId: entity.serviceAreaId,
    authorId: entity.authorId,
    title: entity.title,
    summary: entity.summary,
    state: entity.state,
    currentVersionNumber: entity.currentVersion,
    municipalityScope: entity.municipalityScope,
    confidentiality: entity.confidentiality,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toProposalVersion(entity: ProposalVersionEntity): ProposalVersion {
  return {
    id: entity.id,
    proposalId: entity.proposalId,
    number: entity.number,
    title: entity.title,
    body: entity.body,
    financialConsequences: entity.financialConsequences,
    changeNote: entity.changeNote,
    createdById: entity.createdById,
    createdAt: entity.createdAt,
  };
}

export function toDecisionPoint(entity: DecisionPointEntity): DecisionPoint {
  return { id: entity.id, number: entity.number, text: entity.text };
}

export function toFinancialImpact(entity: FinancialImpactEntity): FinancialImpact {
  return {
    id: entity.id,
    municipalityId: entity.municipalityId,
    amountCents: String(entity.amountCents),
    note: entity.note,
  };
}
