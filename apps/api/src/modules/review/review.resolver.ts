import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { DeleteReviewInput } from './dto/delete-review.input';
import { ReviewsArgs } from './dto/reviews.args';
import { UpdateReviewInput } from './dto/update-review.input';
import { WriteReviewInput } from './dto/write-review.input';
import { Review } from './review.model';
import { ReviewService } from './review.service';

@Resolver(() => Review)
@UseGuards(SignedInGuard)
export class ReviewResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Query(() => Review, { description: 'One review; NOT_FOUND when it does not exist' })
  review(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Review> {
    return this.reviewService.get(viewer, id);
  }

  @Query(() => [Review], {
    description: 'The reviews of one agenda item you may read, oldest first; NOT_FOUND for an unknown item',
  })
  reviews(@CurrentViewer() viewer: Viewer, @Args() args: ReviewsArgs): Promise<Review[]> {
    return this.reviewService.list(viewer, args);
  }

  @Mutation(() => Review, { description: 'A review by the signed-in gemeentesecretaris' })
  writeReview(@CurrentViewer() viewer: Viewer, @Args('input') input: WriteReviewInput): Promise<Review> {
    return this.reviewService.write(viewer, input);
  }

  @Mutation(() => Review, { description: 'Only its author changes a review, before the meeting starts' })
  updateReview(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateReviewInput): Promise<Review> {
    return this.reviewService.update(viewer, input);
  }

  @Mutation(() => ID, { description: 'Removes a review before its meeting starts; answers its id' })
  deleteReview(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteReviewInput): Promise<string> {
    return this.reviewService.delete(viewer, input);
  }
}
