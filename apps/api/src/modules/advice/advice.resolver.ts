import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Advice, AdviceReservation } from './advice.model';
import { AdviceService } from './advice.service';
import { DraftAdviceInput } from './dto/draft-advice.input';
import { RecordAdviceReservationInput } from './dto/record-advice-reservation.input';
import { UpdateAdviceDraftInput } from './dto/update-advice-draft.input';

@Resolver(() => Advice)
export class AdviceResolver {
  constructor(private readonly adviceService: AdviceService) {}

  @Query(() => Advice, { description: 'One advice; NOT_FOUND when it does not exist' })
  advice(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Advice> {
    return this.adviceService.get(id);
  }

  @Mutation(() => Advice)
  draftAdvice(@Args('input') input: DraftAdviceInput): Promise<Advice> {
    return this.adviceService.draft(input);
  }

  @Mutation(() => Advice)
  updateAdviceDraft(@Args('input') input: UpdateAdviceDraftInput): Promise<Advice> {
    return this.adviceService.updateDraft(input);
  }

  @Mutation(() => AdviceReservation)
  recordAdviceReservation(@Args('input') input: RecordAdviceReservationInput): Promise<AdviceReservation> {
    return this.adviceService.recordReservation(input);
  }

  @ResolveField(() => [AdviceReservation], { description: 'Voorbehouden per gemeente, oldest first' })
  reservations(@Parent() advice: Advice, @Context() context: RequestContext): Promise<AdviceReservation[]> {
    return context.loaders.reservationsByAdvice.load(advice.id);
  }
}
