import { lineDiff } from '@bestuurskracht/shared/domain';
import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInGuard } from '../../authz/signed-in.guard';
import { badUserInput } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { PointChange, type PointChangeKind } from './decision-point-revision.model';
import { Decision } from './decision.model';

/** What the record of a decision shows beside the decision itself: who stood aside, how its points changed. */
@Resolver(() => Decision)
@UseGuards(SignedInGuard)
export class DecisionRecordResolver {
  @ResolveField(() => [ID], {
    description: 'Members who declared a conflict of interest on the item and took no part in it',
  })
  excludedMembers(@Parent() decision: Decision, @Context() ctx: RequestContext): Promise<string[]> {
    return ctx.loaders.excludedMembersByDecision.load(decision.id);
  }

  @ResolveField(() => [PointChange], {
    description: 'The beslispunten of revision `to` against revision `from`, line by line',
  })
  async pointsDiff(
    @Parent() decision: Decision,
    @Context() ctx: RequestContext,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<PointChange[]> {
    const revisions = await ctx.loaders.pointRevisionsByDecision.load(decision.id);
    const points = (field: string, number: number) => {
      const revision = revisions.find((candidate) => candidate.number === number);
      if (!revision) {
        throw badUserInput('no such revision', [
          { field, message: `the decision has revisions 1 to ${revisions.length}` },
        ]);
      }
      return revision.points;
    };
    return lineDiff(points('from', from), points('to', to)).map((change) => ({
      kind: change.kind as PointChangeKind,
      text: change.text,
    }));
  }
}
