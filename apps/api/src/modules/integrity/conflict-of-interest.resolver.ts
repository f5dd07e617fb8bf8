import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConflictOfInterest } from './conflict-of-interest.model';
import { ConflictOfInterestService } from './conflict-of-interest.service';
import { ConflictsOfInterestArgs } from './dto/conflicts-of-interest.args';
import { DeclareConflictOfInterestInput } from './dto/declare-conflict-of-interest.input';

@Resolver(() => ConflictOfInterest)
export class ConflictOfInterestResolver {
  constructor(private readonly conflictOfInterestService: ConflictOfInterestService) {}

  @Query(() => [ConflictOfInterest], {
    description: 'Declared interests on an agenda item, a proposal or by a person, in the order declared',
  })
  conflictsOfInterest(@Args() args: ConflictsOfInterestArgs): Promise<ConflictOfInterest[]> {
    return this.conflictOfInterestService.list(args);
  }

  @Mutation(() => ConflictOfInterest)
  declareConflictOfInterest(
    @Args('input') input: DeclareConflictOfInterestInput,
  ): Promise<ConflictOfInterest> {
    return this.conflictOfInterestService.declare(input);
  }
}
