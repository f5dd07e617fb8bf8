import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver()
@UseGuards(SignedInGuard)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => String, {
    description:
      "A private iCal URL (path) for a body's meetings that you may read; an earlier URL for that body stops working",
  })
  subscribeToCalendar(
    @CurrentViewer() viewer: Viewer,
    @Args('bodyId', { type: () => ID }, UuidPipe) bodyId: string,
  ): Promise<string> {
    return this.feeds.subscribe(viewer, bodyId);
  }

  @Mutation(() => Boolean, { description: 'Stops your iCal URL for the body; false when there was none' })
  revokeCalendarSubscription(
    @CurrentViewer() viewer: Viewer,
    @Args('bodyId', { type: () => ID }, UuidPipe) bodyId: string,
  ): Promise<boolean> {
    return this.feeds.revoke(viewer, bodyId);
  }
}
