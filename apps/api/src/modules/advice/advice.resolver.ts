import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Advice, AdviceReservation } from './advice.model';
import { AdviceService } from './advice.service';
import { AdoptAdviceInput } from './dto/adopt-advice.input';
import { DraftAdviceInput } from './dto/draft-advice.input';
import { RecordAdviceReservationInput } from './dto/record-advice-reservation.input';
import { UpdateAdviceDraftInput } from './dto/update-advice-draft.input';
import { Proposal } from '../proposal/proposal.model';

@Resolver(() => Advice)
@UseGuards(SignedInGuard)
export class AdviceResolver {
  constructor(private readonly adviceService: AdviceService) {}

  @Query(() => Advice, { description: 'One advice; NOT_FOUND when it does not exist' })
  advice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Advice> {
    return this.adviceService.get(viewer, id);
  }

  @Mutation(() => Advice, { description: 'A draft by the signed-in member of the committee' })
  draftAdvice(@CurrentViewer() viewer: Viewer, @Args('input') input: DraftAdviceInput): Promise<Advice> {
    return this.adviceService.draft(viewer, input);
  }

  @Mutation(() => Advice)
  updateAdviceDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAdviceDraftInput,
  ): Promise<Advice> {
    return this.adviceService.updateDraft(viewer, input);
  }

  @Mutation(() => Advice, {
    description: 'The committee’s chair adopts the draft; it cannot be edited after',
  })
  adoptAdvice(@CurrentViewer() viewer: Viewer, @Args('input') input: AdoptAdviceInput): Promise<Advice> {
    return this.adviceService.adopt(viewer, input);
  }

  @Mutation(() => AdviceReservation)
  recordAdviceReservation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordAdviceReservationInput,
  ): Promise<AdviceReservation> {
    return this.adviceService.recordReservation(viewer, input);
  }

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal advised on; null when you may not read it',
  })
  proposal(@Parent() advice: Advice, @Context() context: RequestContext): Promise<Proposal | null> {
    return context.loaders.proposalById.load(advice.proposalId);
  }

  @ResolveField(() => [AdviceReservation], { description: 'Voorbehouden per gemeente, oldest first' })
  reservations(@Parent() advice: Advice, @Context() context: RequestContext): Promise<AdviceReservation[]> {
    return context.loaders.reservationsByAdvice.load(advice.id);
  }
}
