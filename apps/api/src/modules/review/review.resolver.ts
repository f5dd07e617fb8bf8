import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { DeleteReviewInput } from './dto/delete-review.input';
import { ReviewsArgs } from './dto/reviews.args';
import { UpdateReviewInput } from './dto/update-review.input';
import { WriteReviewInput } from './dto/write-review.input';
import { Review } from './review.model';
import { ReviewService } from './review.service';

@Resolver(() => Review)
export class ReviewResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Query(() => Review, { description: 'One review; NOT_FOUND when it does not exist' })
  review(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Review> {
    return this.reviewService.get(id);
  }

  @Query(() => [Review], { description: 'The reviews of one agenda item, oldest first' })
  reviews(@Args() args: ReviewsArgs): Promise<Review[]> {
    return this.reviewService.list(args);
  }

  @Mutation(() => Review)
  writeReview(@Args('input') input: WriteReviewInput): Promise<Review> {
    return this.reviewService.write(input);
  }

  @Mutation(() => Review)
  updateReview(@Args('input') input: UpdateReviewInput): Promise<Review> {
    return this.reviewService.update(input);
  }

  @Mutation(() => ID, { description: 'Removes a review before its meeting starts; answers its id' })
  deleteReview(@Args('input') input: DeleteReviewInput): Promise<string> {
    return this.reviewService.delete(input);
  }
}
