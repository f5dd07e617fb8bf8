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
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { DecisionList } from './decision-list.model';
import { Decision } from './decision.model';
import { DecisionService } from './decision.service';
import { DecisionListsArgs } from './dto/decision-lists.args';
import { AdoptDecisionListInput } from './dto/decision-list-step.input';
import { DecisionListService } from './decision-list.service';

@ObjectType()
export class DecisionListConnection extends Connection(DecisionList, 'DecisionListConnection') {}

@Resolver(() => DecisionList)
@UseGuards(SignedInGuard)
export class DecisionListResolver {
  constructor(
    private readonly decisionService: DecisionService,
    private readonly lists: DecisionListService,
  ) {}

  @Mutation(() => DecisionList, {
    description:
      "Drafts a meeting's besluitenlijst from its decisions; again collects decisions recorded since",
  })
  draftDecisionList(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<DecisionList> {
    return this.lists.draft(viewer, meetingId);
  }

  @Mutation(() => DecisionList, {
    description: 'Adopted at a later meeting of the same body; final from then on',
  })
  adoptDecisionList(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AdoptDecisionListInput,
  ): Promise<DecisionList> {
    return this.lists.adopt(viewer, input);
  }

  @Mutation(() => DecisionList, {
    description:
      'Publishes an adopted besluitenlijst: its openbaar decisions become public, its proposals PUBLISHED',
  })
  publishDecisionList(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<DecisionList> {
    return this.lists.publish(viewer, id);
  }

  @Public()
  @Query(() => DecisionList, {
    description: 'One besluitenlijst; NOT_FOUND when it does not exist or may not be read',
  })
  decisionList(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<DecisionList> {
    return this.decisionService.getList(viewer, id);
  }

  @Public()
  @Query(() => DecisionListConnection, {
    description: "A body's besluitenlijsten that the viewer may read, newest first",
  })
  decisionLists(@CurrentViewer() viewer: Viewer, @Args() args: DecisionListsArgs) {
    return this.decisionService.lists(viewer, args);
  }

  @ResolveField(() => [Decision], { description: 'The decisions the viewer may read, in agenda order' })
  decisions(@Parent() list: DecisionList, @Context() ctx: RequestContext): Promise<Decision[]> {
    return ctx.loaders.decisionsByDecisionList.load(list.id);
  }
}
