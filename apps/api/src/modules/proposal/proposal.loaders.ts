import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, oneByKey, visibleById } from '../../graphql/batch-loaders';
import { DecisionPointEntity } from './decision-point.entity';
import { FinancialImpactEntity } from './financial-impact.entity';
import { papersReadable } from './proposal-papers';
import { proposalStepsLoader } from './proposal-steps.loader';
import { ProposalVersionEntity } from './proposal-version.entity';
import type { DecisionPoint, FinancialImpact, ProposalVersion } from './proposal-version.model';
import { ProposalEntity } from './proposal.entity';
import { toDecisionPoint, toFinancialImpact, toProposal, toProposalVersion } from './proposal.mapper';

/**
 * The per-request DataLoaders of this module, keyed by name; created fresh for every request. Versions and what
 * belongs to them are read only where the viewer may read the proposal's papers.
 */
export function createProposalLoaders(dataSource: DataSource, viewer: Viewer) {
  const versionsWithPapers = () => {
    const papers = papersReadable(viewer, 'proposal');
    return dataSource
      .getRepository(ProposalVersionEntity)
      .createQueryBuilder('version')
      .innerJoin(ProposalEntity, 'proposal', 'proposal.id = version.proposal_id')
      .where(papers.sql, papers.params);
  };
  return {
    proposalById: visibleById(dataSource, viewer, 'Proposal', ProposalEntity, toProposal),
    proposalStepsByProposal: proposalStepsLoader(dataSource, viewer),
    /** All text versions of a proposal, oldest first */
    proposalVersionsByProposal: new DataLoader<string, ProposalVersion[]>(async (proposalIds) => {
      const rows = await versionsWithPapers()
        .andWhere('version.proposal_id = ANY(:proposalIds)', { proposalIds: [...proposalIds] })
        .orderBy('version.number', 'ASC')
        .getMany();
      return groupByKey(proposalIds, rows, (row) => row.proposalId, toProposalVersion);
    }),
    currentVersionByProposal: new DataLoader<string, ProposalVersion | null>(async (proposalIds) => {
      const rows = await versionsWithPapers()
        .andWhere('version.proposal_id = ANY(:proposalIds)', { proposalIds: [...proposalIds] })
        .andWhere('version.number = proposal.current_version')
        .getMany();
      return oneByKey(proposalIds, rows, (row) => row.proposalId, toProposalVersion);
    }),
    decisionPointsByVersion: new DataLoader<string, DecisionPoint[]>(async (versionIds) => {
      const papers = papersReadable(viewer, 'proposal');
      const rows = await dataSource
        .getRepository(DecisionPointEntity)
        .createQueryBuilder('point')
        .innerJoin(ProposalVersionEntity, 'version', 'version.id = point.proposal_version_id')
        .innerJoin(ProposalEntity, 'proposal', 'proposal.id = version.proposal_id')
        .where('point.proposal_version_id = ANY(:versionIds)', { versionIds: [...versionIds] })
        .andWhere(papers.sql, papers.params)
        .orderBy('point.number', 'ASC')
        .getMany();
      return groupByKey(versionIds, rows, (row) => row.proposalVersionId, toDecisionPoint);
    }),
    financialImpactsByVersion: new DataLoader<string, FinancialImpact[]>(async (versionIds) => {
      const papers = papersReadable(viewer, 'proposal');
      const rows = await dataSource
        .getRepository(FinancialImpactEntity)
        .createQueryBuilder('impact')
        .innerJoin(ProposalVersionEntity, 'version', 'version.id = impact.proposal_version_id')
        .innerJoin(ProposalEntity, 'proposal', 'proposal.id = version.proposal_id')
        .where('impact.proposal_version_id = ANY(:versionIds)', { versionIds: [...versionIds] })
        .andWhere(papers.sql, papers.params)
        .orderBy('impact.municipality_id', 'ASC')
        .getMany();
      return groupByKey(versionIds, rows, (row) => row.proposalVersionId, toFinancialImpact);
    }),
  };
}
