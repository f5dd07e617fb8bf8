import { UseGuards } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { ViewerFactory } from '../../authz/viewer.factory';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Review } from '../review/review.model';
import type { ReviewEntity } from '../review/review.entity';
import { toReview } from '../review/review.mapper';
import { AgendaChange } from './agenda-change.model';
import { LiveEvents, type AgendaChangeEvent, type ReviewWrittenEvent } from './live-events.service';

/**
 * Live updates over graphql-ws. Subscribing needs a meeting the person may read (NOT_FOUND otherwise); every event is
 * then checked again with the person's rules of that moment, so an ended membership or another gemeente's own-review
 * never reaches them.
 */
@Resolver()
@UseGuards(SignedInGuard)
export class LiveResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly viewers: ViewerFactory,
  ) {}

  @Subscription(() => AgendaChange, {
    description: 'Changes to a meeting and its agenda that you may see',
    resolve: (event: AgendaChangeEvent) => event,
  })
  async agendaChanged(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<AsyncGenerator<AgendaChangeEvent>> {
    const personId = await this.requireMeeting(viewer, meetingId);
    return this.live.listen<AgendaChangeEvent>(`agenda:${meetingId}`, async (event) => {
      const now = await this.viewers.forPerson(personId);
      const [subject, id] =
        event.agendaItemId && event.kind !== 'ITEM_REMOVED'
          ? (['AgendaItem', event.agendaItemId] as const)
          : (['Meeting', meetingId] as const);
      return (await now.findVisible(this.dataSource.manager, subject, id)) !== null;
    });
  }

  @Subscription(() => Review, {
    description: 'Reviews written or changed on the agenda of a meeting, as far as you may read them',
    resolve: (review: Review) => review,
  })
  async reviewWritten(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<AsyncGenerator<Review>> {
    const personId = await this.requireMeeting(viewer, meetingId);
    const reviews = this.live.listen<ReviewWrittenEvent>(`review:${meetingId}`, async () => true);
    const manager = this.dataSource.manager;
    const viewers = this.viewers;
    return (async function* readable() {
      for await (const event of reviews) {
        const now = await viewers.forPerson(personId);
        const review = await now.findVisible<ReviewEntity>(manager, 'Review', event.reviewId);
        if (review) yield toReview(review);
      }
    })();
  }

  private async requireMeeting(viewer: Viewer, meetingId: string): Promise<string> {
    const personId = viewer.requirePersonId();
    await viewer.findReadable(this.dataSource.manager, 'Meeting', meetingId);
    return personId;
  }
}
