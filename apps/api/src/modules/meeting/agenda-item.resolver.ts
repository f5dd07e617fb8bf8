import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Advice } from '../advice/advice.model';
import { Document } from '../document/document.model';
import { Proposal } from '../proposal/proposal.model';
import { Review } from '../review/review.model';
import { AgendaItem } from './agenda-item.model';
import { AgendaItemService } from './agenda-item.service';
import { SendProposalToCommitteeInput } from './dto/send-proposal-to-committee.input';
import { ProposalSubmissionService } from './proposal-submission.service';
import { AddAgendaItemInput } from './dto/add-agenda-item.input';
import { MoveAgendaItemInput } from './dto/move-agenda-item.input';
import { RemoveAgendaItemInput } from './dto/remove-agenda-item.input';
import { UpdateAgendaItemInput } from './dto/update-agenda-item.input';
import { Meeting } from './meeting.model';

@Resolver(() => AgendaItem)
@UseGuards(SignedInGuard)
export class AgendaItemResolver {
  constructor(
    private readonly agendaItemService: AgendaItemService,
    private readonly submissions: ProposalSubmissionService,
  ) {}

  @Public()
  @Query(() => AgendaItem, { description: 'One agenda item; NOT_FOUND when it does not exist' })
  agendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AgendaItem> {
    return this.agendaItemService.get(viewer, id);
  }

  @Mutation(() => AgendaItem, {
    description:
      'Puts a concept on a committee or portefeuillehoudersoverleg agenda; the proposal is then IN_COMMITTEE',
  })
  sendProposalToCommittee(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SendProposalToCommitteeInput,
  ): Promise<AgendaItem> {
    return this.submissions.sendToCommittee(viewer, input);
  }

  @Mutation(() => AgendaItem, { description: 'Appends an item to a meeting’s agenda' })
  addAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddAgendaItemInput,
  ): Promise<AgendaItem> {
    return this.agendaItemService.add(viewer, input);
  }

  @Mutation(() => AgendaItem)
  updateAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAgendaItemInput,
  ): Promise<AgendaItem> {
    return this.agendaItemService.update(viewer, input);
  }

  @Mutation(() => Meeting, {
    description: 'Moves an item to another place; answers the meeting with its agenda',
  })
  moveAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveAgendaItemInput,
  ): Promise<Meeting> {
    return this.agendaItemService.move(viewer, input);
  }

  @Mutation(() => Meeting, {
    description: 'Removes an item nothing refers to; answers the meeting with its agenda',
  })
  removeAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemoveAgendaItemInput,
  ): Promise<Meeting> {
    return this.agendaItemService.remove(viewer, input);
  }

  @ResolveField(() => Meeting, {
    nullable: true,
    description:
      'null when you may read the item but not its meeting (e.g. an openbaar item of a besloten meeting)',
  })
  meeting(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Meeting | null> {
    return context.loaders.meetingById.load(item.meetingId);
  }

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'null when there is none or you may not read it',
  })
  proposal(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Proposal | null> | null {
    return item.proposalId ? context.loaders.proposalById.load(item.proposalId) : null;
  }

  @ResolveField(() => Advice, { nullable: true, description: 'The advice given on this item' })
  advice(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Advice | null> {
    return context.loaders.adviceByAgendaItem.load(item.id);
  }

  @ResolveField(() => [Document], {
    description:
      'The papers of this item you may read (metadata; the file at /export/documents/<id>/<fileName>)',
  })
  documents(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Document[]> {
    return context.loaders.documentsByAgendaItem.load(item.id);
  }

  @ResolveField(() => [Review], { description: 'Reviews on this item, oldest first' })
  reviews(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Review[]> {
    return context.loaders.reviewsByAgendaItem.load(item.id);
  }

  @ResolveField(() => AgendaItem, { nullable: true, description: 'The item this one was forwarded from' })
  sourceAgendaItem(
    @Parent() item: AgendaItem,
    @Context() context: RequestContext,
  ): Promise<AgendaItem | null> | null {
    return item.sourceAgendaItemId ? context.loaders.agendaItemById.load(item.sourceAgendaItemId) : null;
  }

  @ResolveField(() => [AgendaItem], { description: 'The items forwarded from this one' })
  forwardedTo(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.agendaItemsBySource.load(item.id);
  }
}
