import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { ReviewProgress } from './review-progress.model';
import { ReviewProgressService } from './review-progress.service';

@Resolver(() => ReviewProgress)
@UseGuards(SignedInGuard)
export class ReviewProgressResolver {
  constructor(private readonly progress: ReviewProgressService) {}

  @Query(() => [ReviewProgress], {
    description:
      "Who has reviewed what on a meeting's agenda, per item and gemeente: for its organisers and the directors' meeting",
  })
  reviewProgress(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<ReviewProgress[]> {
    return this.progress.forMeeting(viewer, meetingId);
  }
}
