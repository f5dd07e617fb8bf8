import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { ConflictOfInterest } from './conflict-of-interest.model';
import { ConflictOfInterestService } from './conflict-of-interest.service';
import { ConflictsOfInterestArgs } from './dto/conflicts-of-interest.args';
import { DeclareConflictOfInterestInput } from './dto/declare-conflict-of-interest.input';

@Resolver(() => ConflictOfInterest)
@UseGuards(SignedInGuard)
export class ConflictOfInterestResolver {
  constructor(private readonly conflictOfInterestService: ConflictOfInterestService) {}

  @Query(() => [ConflictOfInterest], {
    description:
      'Declared interests on an agenda item, a proposal or by a person that you may read, in the order declared',
  })
  conflictsOfInterest(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ConflictsOfInterestArgs,
  ): Promise<ConflictOfInterest[]> {
    return this.conflictOfInterestService.list(viewer, args);
  }

  @Mutation(() => ConflictOfInterest, { description: 'Declares your own interest in an item or proposal' })
  declareConflictOfInterest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeclareConflictOfInterestInput,
  ): Promise<ConflictOfInterest> {
    return this.conflictOfInterestService.declare(viewer, input);
  }
}
