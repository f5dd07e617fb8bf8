import { UseGuards } from '@nestjs/common';
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
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Advice } from '../advice/advice.model';
import { AgendaItem } from '../meeting/agenda-item.model';
import { AddProposalVersionInput } from './dto/add-proposal-version.input';
import { CreateProposalInput } from './dto/create-proposal.input';
import { ProposalsArgs } from './dto/proposals.args';
import { UpdateProposalConceptInput } from './dto/update-proposal-concept.input';
import { ProposalStepRecord } from './proposal-step-record.model';
import { ProposalVersion } from './proposal-version.model';
import { Proposal } from './proposal.model';
import { ProposalService } from './proposal.service';
import { WithdrawProposalInput } from './dto/withdraw-proposal.input';

@ObjectType()
export class ProposalConnection extends Connection(Proposal, 'ProposalConnection') {}

@Resolver(() => Proposal)
@UseGuards(SignedInGuard)
export class ProposalResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @Query(() => Proposal, { description: 'One proposal; NOT_FOUND when it does not exist or may not be read' })
  proposal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Proposal> {
    return this.proposalService.get(viewer, id);
  }

  @Query(() => ProposalConnection, { description: 'The proposals you may read, most recently changed first' })
  proposals(@CurrentViewer() viewer: Viewer, @Args() args: ProposalsArgs) {
    return this.proposalService.list(viewer, args);
  }

  @Mutation(() => Proposal, { description: 'A new concept with its first version; you are its author' })
  createProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateProposalInput,
  ): Promise<Proposal> {
    return this.proposalService.create(viewer, input);
  }

  @Mutation(() => Proposal, { description: 'Edits a concept in place; refused once it is submitted' })
  updateProposalConcept(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProposalConceptInput,
  ): Promise<Proposal> {
    return this.proposalService.updateConcept(viewer, input);
  }

  @Mutation(() => Proposal, {
    description: 'A new version of a submitted proposal, made by you, which becomes the current one',
  })
  addProposalVersion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddProposalVersionInput,
  ): Promise<Proposal> {
    return this.proposalService.addVersion(viewer, input);
  }

  @Mutation(() => Proposal, { description: 'Withdrawn before the decision, with a reason; final' })
  withdrawProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: WithdrawProposalInput,
  ): Promise<Proposal> {
    return this.proposalService.withdraw(viewer, input);
  }

  @ResolveField(() => [ProposalVersion], {
    description: 'All versions, oldest first; empty when a conflict of interest bars you from its papers',
  })
  versions(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<ProposalVersion[]> {
    return context.loaders.proposalVersionsByProposal.load(proposal.id);
  }

  @ResolveField(() => ProposalVersion, {
    nullable: true,
    description: 'Null when a conflict of interest bars you from its papers',
  })
  currentVersion(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<ProposalVersion | null> {
    return context.loaders.currentVersionByProposal.load(proposal.id);
  }

  @ResolveField(() => [AgendaItem], {
    description: 'Where the proposal appears, in the order of the meetings',
  })
  agendaItems(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.agendaItemsByProposal.load(proposal.id);
  }

  @ResolveField(() => [ProposalStepRecord], {
    description: 'The proposal’s history, oldest first: its creation, then every change of state',
  })
  steps(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<ProposalStepRecord[]> {
    return context.loaders.proposalStepsByProposal.load(proposal.id);
  }

  @ResolveField(() => [Advice], { description: 'Advice given on the proposal, oldest first' })
  advices(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<Advice[]> {
    return context.loaders.advicesByProposal.load(proposal.id);
  }
}
