import { UseGuards } from '@nestjs/common';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Proposal } from '../proposal/proposal.model';
import { Notification } from './notification.model';
import { NotificationService } from './notification.service';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Leave out to mark all your notifications read' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}

@Resolver(() => Proposal)
@UseGuards(SignedInGuard)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Mutation(() => Proposal, {
    description: 'Be notified when the proposal moves; following twice is following once',
  })
  followProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }, UuidPipe) proposalId: string,
  ): Promise<Proposal> {
    return this.service.follow(viewer, proposalId);
  }

  @Mutation(() => Proposal)
  unfollowProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }, UuidPipe) proposalId: string,
  ): Promise<Proposal> {
    return this.service.unfollow(viewer, proposalId);
  }

  @Query(() => [Notification], {
    description: 'Your notifications, newest first, about proposals you may still read',
  })
  notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs): Promise<Notification[]> {
    return this.service.list(viewer, args.first, args.unreadOnly);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; answers how many changed' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.service.markRead(viewer, args.ids ?? null);
  }

  @ResolveField(() => Boolean, { description: 'Whether you follow this proposal' })
  followedByMe(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<boolean> {
    return context.loaders.followedByViewer.load(proposal.id);
  }
}
