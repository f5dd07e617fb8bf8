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
import { Document } from '../document/document.model';
import { Task } from '../task/task.model';
import { Decision } from './decision.model';
import { DecisionService } from './decision.service';
import { DecisionPointsService } from './decision-points.service';
import { DecisionPointRevision } from './decision-point-revision.model';
import { AmendDecisionPointsInput } from './dto/amend-decision-points.input';
import { CorrectDecisionInput } from './dto/correct-decision.input';
import { DecisionsArgs } from './dto/decisions.args';
import { RecordDecisionInput } from './dto/record-decision.input';
import { Vote } from './vote.model';

@ObjectType()
export class DecisionConnection extends Connection(Decision, 'DecisionConnection') {}

@Resolver(() => Decision)
@UseGuards(SignedInGuard)
export class DecisionResolver {
  constructor(
    private readonly decisionService: DecisionService,
    private readonly points: DecisionPointsService,
  ) {}

  @Public()
  @Query(() => Decision, { description: 'One decision; NOT_FOUND when it does not exist or may not be read' })
  decision(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Decision> {
    return this.decisionService.get(viewer, id);
  }

  @Public()
  @Query(() => DecisionConnection, {
    description: 'Decisions of a body or organisation in a period that the viewer may read, newest first',
  })
  decisions(@CurrentViewer() viewer: Viewer, @Args() args: DecisionsArgs) {
    return this.decisionService.list(viewer, args);
  }

  @Mutation(() => Decision, { description: "Recorded by the body's secretary or the director" })
  recordDecision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordDecisionInput,
  ): Promise<Decision> {
    return this.decisionService.record(viewer, input);
  }

  @Mutation(() => Decision, { description: 'A new decision that corrects one; the original stays unchanged' })
  correctDecision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CorrectDecisionInput,
  ): Promise<Decision> {
    return this.decisionService.correct(viewer, input);
  }

  @Mutation(() => [DecisionPointRevision], {
    description: 'An amendment: the beslispunten as they now read, kept as a new revision with its reason',
  })
  amendDecisionPoints(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AmendDecisionPointsInput,
  ): Promise<DecisionPointRevision[]> {
    return this.points.amend(viewer, input);
  }

  @ResolveField(() => [DecisionPointRevision], { description: 'The beslispunten through every amendment' })
  pointRevisions(
    @Parent() decision: Decision,
    @Context() ctx: RequestContext,
  ): Promise<DecisionPointRevision[]> {
    return ctx.loaders.pointRevisionsByDecision.load(decision.id);
  }

  @ResolveField(() => [Vote])
  votes(@Parent() decision: Decision, @Context() ctx: RequestContext): Promise<Vote[]> {
    return ctx.loaders.votesByDecision.load(decision.id);
  }

  @ResolveField(() => Decision, {
    nullable: true,
    description: 'The decision this one corrects; null when the viewer may not read it',
  })
  async correctsDecision(
    @Parent() decision: Decision,
    @Context() ctx: RequestContext,
  ): Promise<Decision | null> {
    return decision.correctsDecisionId ? ctx.loaders.decisionById.load(decision.correctsDecisionId) : null;
  }

  @ResolveField(() => [Task], { description: 'Follow-up tasks, by due day' })
  tasks(@Parent() decision: Decision, @Context() ctx: RequestContext): Promise<Task[]> {
    return ctx.loaders.tasksByDecision.load(decision.id);
  }

  @ResolveField(() => [Document])
  documents(@Parent() decision: Decision, @Context() ctx: RequestContext): Promise<Document[]> {
    return ctx.loaders.documentsByDecision.load(decision.id);
  }
}
