import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Advice } from '../advice/advice.model';
import { AgendaItem } from '../meeting/agenda-item.model';
import { AddProposalVersionInput } from './dto/add-proposal-version.input';
import { CreateProposalInput } from './dto/create-proposal.input';
import { ProposalsArgs } from './dto/proposals.args';
import { UpdateProposalConceptInput } from './dto/update-proposal-concept.input';
import { ProposalVersion } from './proposal-version.model';
import { Proposal } from './proposal.model';
import { ProposalService } from './proposal.service';

@ObjectType()
export class ProposalConnection extends Connection(Proposal, 'ProposalConnection') {}

@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @Query(() => Proposal, { description: 'One proposal; NOT_FOUND when it does not exist' })
  proposal(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Proposal> {
    return this.proposalService.get(id);
  }

  @Query(() => ProposalConnection, { description: 'Proposals, most recently changed first' })
  proposals(@Args() args: ProposalsArgs) {
    return this.proposalService.list(args);
  }

  @Mutation(() => Proposal, { description: 'A new concept with its first version' })
  createProposal(@Args('input') input: CreateProposalInput): Promise<Proposal> {
    return this.proposalService.create(input);
  }

  @Mutation(() => Proposal, { description: 'Edits a concept in place; refused once it is submitted' })
  updateProposalConcept(@Args('input') input: UpdateProposalConceptInput): Promise<Proposal> {
    return this.proposalService.updateConcept(input);
  }

  @Mutation(() => Proposal, {
    description: 'A new version of a submitted proposal, which becomes the current one',
  })
  addProposalVersion(@Args('input') input: AddProposalVersionInput): Promise<Proposal> {
    return this.proposalService.addVersion(input);
  }

  @ResolveField(() => [ProposalVersion], { description: 'All versions, oldest first' })
  versions(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<ProposalVersion[]> {
    return context.loaders.proposalVersionsByProposal.load(proposal.id);
  }

  @ResolveField(() => ProposalVersion)
  async currentVersion(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<ProposalVersion> {
    return (await context.loaders.currentVersionByProposal.load(proposal.id)) as ProposalVersion;
  }

  @ResolveField(() => [AgendaItem], {
    description: 'Where the proposal appears, in the order of the meetings',
  })
  agendaItems(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.agendaItemsByProposal.load(proposal.id);
  }

  @ResolveField(() => [Advice], { description: 'Advice given on the proposal, oldest first' })
  advices(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<Advice[]> {
    return context.loaders.advicesByProposal.load(proposal.id);
  }
}
