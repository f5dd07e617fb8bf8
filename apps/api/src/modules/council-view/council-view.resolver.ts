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
import { CouncilView, CouncilViewProcedure } from './council-view.model';
import { CouncilViewService } from './council-view.service';
import { CouncilViewProceduresArgs } from './dto/council-view-procedures.args';
import { RecordCouncilViewReactionInput } from './dto/record-council-view-reaction.input';
import { RecordCouncilViewInput } from './dto/record-council-view.input';
import { StartCouncilViewProcedureInput } from './dto/start-council-view-procedure.input';

@ObjectType()
export class CouncilViewProcedureConnection extends Connection(
  CouncilViewProcedure,
  'CouncilViewProcedureConnection',
) {}

@Resolver(() => CouncilViewProcedure)
@UseGuards(SignedInGuard)
export class CouncilViewResolver {
  constructor(private readonly councilViewService: CouncilViewService) {}

  @Query(() => CouncilViewProcedure, {
    description: 'One zienswijzeprocedure; NOT_FOUND when it does not exist',
  })
  councilViewProcedure(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CouncilViewProcedure> {
    return this.councilViewService.get(viewer, id);
  }

  @Query(() => CouncilViewProcedureConnection, { description: "An organisation's procedures by deadline" })
  councilViewProcedures(@CurrentViewer() viewer: Viewer, @Args() args: CouncilViewProceduresArgs) {
    return this.councilViewService.list(viewer, args);
  }

  @Mutation(() => CouncilViewProcedure)
  startCouncilViewProcedure(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartCouncilViewProcedureInput,
  ): Promise<CouncilViewProcedure> {
    return this.councilViewService.start(viewer, input);
  }

  @Mutation(() => CouncilView)
  recordCouncilView(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordCouncilViewInput,
  ): Promise<CouncilView> {
    return this.councilViewService.recordView(viewer, input);
  }

  @Mutation(() => CouncilViewProcedure)
  recordCouncilViewReaction(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordCouncilViewReactionInput,
  ): Promise<CouncilViewProcedure> {
    return this.councilViewService.recordReaction(viewer, input);
  }

  @ResolveField(() => [CouncilView], { description: "Each raad's view, by gemeente name" })
  views(@Parent() procedure: CouncilViewProcedure, @Context() ctx: RequestContext): Promise<CouncilView[]> {
    return ctx.loaders.councilViewsByProcedure.load(procedure.id);
  }
}
