import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { DecisionPointEntity } from './decision-point.entity';
import { FinancialImpactEntity } from './financial-impact.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import type { DecisionPoint, FinancialImpact, ProposalVersion } from './proposal-version.model';
import { ProposalEntity } from './proposal.entity';
import { toDecisionPoint, toFinancialImpact, toProposal, toProposalVersion } from './proposal.mapper';
import type { Proposal } from './proposal.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createProposalLoaders(dataSource: DataSource, _viewer: Viewer) {
  const versions = dataSource.getRepository(ProposalVersionEntity);
  return {
    proposalById: new DataLoader<string, Proposal | null>(async (ids) => {
      const rows = await dataSource.getRepository(ProposalEntity).findBy({ id: In([...ids]) });
      return oneByKey(ids, rows, (row) => row.id, toProposal);
    }),
    /** All text versions of a proposal, oldest first */
    proposalVersionsByProposal: new DataLoader<string, ProposalVersion[]>(async (proposalIds) => {
      const rows = await versions.find({
        where: { proposalId: In([...proposalIds]) },
        order: { number: 'ASC' },
      });
      return groupByKey(proposalIds, rows, (row) => row.proposalId, toProposalVersion);
    }),
    currentVersionByProposal: new DataLoader<string, ProposalVersion | null>(async (proposalIds) => {
      const rows = await versions
        .createQueryBuilder('version')
        .innerJoin(
          ProposalEntity,
          'proposal',
          'proposal.id = version.proposal_id AND proposal.current_version = version.number',
        )
        .where('version.proposal_id = ANY(:proposalIds)', { proposalIds })
        .getMany();
      return oneByKey(proposalIds, rows, (row) => row.proposalId, toProposalVersion);
    }),
    decisionPointsByVersion: new DataLoader<string, DecisionPoint[]>(async (versionIds) => {
      const rows = await dataSource
        .getRepository(DecisionPointEntity)
        .find({ where: { proposalVersionId: In([...versionIds]) }, order: { number: 'ASC' } });
      return groupByKey(versionIds, rows, (row) => row.proposalVersionId, toDecisionPoint);
    }),
    financialImpactsByVersion: new DataLoader<string, FinancialImpact[]>(async (versionIds) => {
      const rows = await dataSource
        .getRepository(FinancialImpactEntity)
        .find({ where: { proposalVersionId: In([...versionIds]) }, order: { municipalityId: 'ASC' } });
      return groupByKey(versionIds, rows, (row) => row.proposalVersionId, toFinancialImpact);
    }),
  };
}
