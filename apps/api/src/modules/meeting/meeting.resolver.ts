import { UseGuards } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Body } from '../body/body.model';
import { AgendaItem } from './agenda-item.model';
import { CreateMeetingInput } from './dto/create-meeting.input';
import { MeetingsArgs } from './dto/meetings.args';
import { UpdateMeetingInput } from './dto/update-meeting.input';
import { Meeting } from './meeting.model';
import { MeetingService } from './meeting.service';
import { MeetingFlowService } from './meeting-flow.service';
import { CancelMeetingInput, MeetingStepInput } from './dto/meeting-step.input';

@ObjectType()
export class MeetingConnection extends Connection(Meeting, 'MeetingConnection') {}

@Resolver(() => Meeting)
@UseGuards(SignedInGuard)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly flow: MeetingFlowService,
  ) {}

  @Public()
  @Query(() => Meeting, { description: 'One meeting; NOT_FOUND when it does not exist' })
  meeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Meeting> {
    return this.meetingService.get(viewer, id);
  }

  @Public()
  @Query(() => MeetingConnection, { description: 'The meetings of a body, by start, optionally in a period' })
  meetings(@CurrentViewer() viewer: Viewer, @Args() args: MeetingsArgs) {
    return this.meetingService.list(viewer, args);
  }

  @Mutation(() => Meeting)
  createMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateMeetingInput): Promise<Meeting> {
    return this.meetingService.create(viewer, input);
  }

  @Mutation(() => Meeting)
  updateMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeetingInput): Promise<Meeting> {
    return this.meetingService.update(viewer, input);
  }

  @ResolveField(() => Body, {
    nullable: true,
    description: 'The body that meets; null for whoever may not read the body (e.g. the public)',
  })
  body(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<Body | null> {
    return context.loaders.bodyById.load(meeting.bodyId);
  }

  @ResolveField(() => [AgendaItem], { description: 'The agenda items you may read, in order' })
  agendaItems(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.agendaItemsByMeeting.load(meeting.id);
  }

  @Mutation(() => Meeting, {
    description: "PLANNED → AGENDA_SENT: the agenda goes to the directors' meeting",
  })
  sendAgendaToDirectors(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MeetingStepInput,
  ): Promise<Meeting> {
    return this.flow.sendToDirectors(viewer, input);
  }

  @Mutation(() => Meeting, {
    description:
      "The directors' meeting has reviewed the agenda: its advised proposals are REVIEWED_BY_DIRECTORS",
  })
  concludeDirectorsReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MeetingStepInput,
  ): Promise<Meeting> {
    return this.flow.concludeDirectorsReview(viewer, input);
  }

  @Mutation(() => Meeting, {
    description:
      'Publishes the agenda: proposals go ON_AGENDA, each gemeente gets a task to discuss it in college, the Woo publication is recorded',
  })
  publishAgenda(@CurrentViewer() viewer: Viewer, @Args('input') input: MeetingStepInput): Promise<Meeting> {
    return this.flow.publish(viewer, input);
  }

  @Mutation(() => Meeting, { description: 'PUBLISHED → CLOSED, once the meeting has started' })
  closeMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: MeetingStepInput): Promise<Meeting> {
    return this.flow.close(viewer, input);
  }

  @Mutation(() => Meeting, {
    description:
      'The meeting does not take place: its proposals wait for a later agenda, its college tasks are cancelled',
  })
  cancelMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: CancelMeetingInput): Promise<Meeting> {
    return this.flow.cancel(viewer, input);
  }
}
