import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { RequestContext } from '../../graphql/request-context';
import { Document } from '../document/document.model';
import { DecisionPoint, FinancialImpact, ProposalVersion } from './proposal-version.model';

@Resolver(() => ProposalVersion)
@UseGuards(SignedInGuard)
export class ProposalVersionResolver {
  @ResolveField(() => [DecisionPoint], { description: 'The beslispunten, by number' })
  decisionPoints(
    @Parent() version: ProposalVersion,
    @Context() context: RequestContext,
  ): Promise<DecisionPoint[]> {
    return context.loaders.decisionPointsByVersion.load(version.id);
  }

  @ResolveField(() => [Document], {
    description:
      'The papers of this version you may read (none when a conflict of interest bars you); the file at ' +
      '/export/documents/<id>/<fileName>',
  })
  documents(@Parent() version: ProposalVersion, @Context() context: RequestContext): Promise<Document[]> {
    return context.loaders.documentsByProposalVersion.load(version.id);
  }

  @ResolveField(() => [FinancialImpact], { description: 'Yearly amount per gemeente' })
  financialImpacts(
    @Parent() version: ProposalVersion,
    @Context() context: RequestContext,
  ): Promise<FinancialImpact[]> {
    return context.loaders.financialImpactsByVersion.load(version.id);
  }
}
