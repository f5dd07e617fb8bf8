import { Args, Context, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { DecisionList } from './decision-list.model';
import { Decision } from './decision.model';
import { DecisionService } from './decision.service';
import { DecisionListsArgs } from './dto/decision-lists.args';

@ObjectType()
export class DecisionListConnection extends Connection(DecisionList, 'DecisionListConnection') {}

@Resolver(() => DecisionList)
export class DecisionListResolver {
  constructor(private readonly decisionService: DecisionService) {}

  @Query(() => DecisionList, { description: 'One besluitenlijst; NOT_FOUND when it does not exist' })
  decisionList(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<DecisionList> {
    return this.decisionService.getList(id);
  }

  @Query(() => DecisionListConnection, { description: "A body's besluitenlijsten, newest first" })
  decisionLists(@Args() args: DecisionListsArgs) {
    return this.decisionService.lists(args);
  }

  @ResolveField(() => [Decision], { description: 'In agenda order' })
  decisions(@Parent() list: DecisionList, @Context() ctx: RequestContext): Promise<Decision[]> {
    return ctx.loaders.decisionsByDecisionList.load(list.id);
  }
}
