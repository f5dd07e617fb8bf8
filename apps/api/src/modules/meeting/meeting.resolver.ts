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
import { required } from '../../graphql/batch-loaders';
import { Connection } from '../../graphql/pagination';
import { Body } from '../body/body.model';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { AgendaItem } from './agenda-item.model';
import { CreateMeetingInput } from './dto/create-meeting.input';
import { MeetingsArgs } from './dto/meetings.args';
import { UpdateMeetingInput } from './dto/update-meeting.input';
import { Meeting } from './meeting.model';
import { MeetingService } from './meeting.service';

@ObjectType()
export class MeetingConnection extends Connection(Meeting, 'MeetingConnection') {}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(private readonly meetingService: MeetingService) {}

  @Query(() => Meeting, { description: 'One meeting; NOT_FOUND when it does not exist' })
  meeting(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Meeting> {
    return this.meetingService.get(id);
  }

  @Query(() => MeetingConnection, { description: 'The meetings of a body, by start, optionally in a period' })
  meetings(@Args() args: MeetingsArgs) {
    return this.meetingService.list(args);
  }

  @Mutation(() => Meeting)
  createMeeting(@Args('input') input: CreateMeetingInput): Promise<Meeting> {
    return this.meetingService.create(input);
  }

  @Mutation(() => Meeting)
  updateMeeting(@Args('input') input: UpdateMeetingInput): Promise<Meeting> {
    return this.meetingService.update(input);
  }

  @ResolveField(() => Body, { description: 'The body that meets' })
  async body(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<Body> {
    return required(await context.loaders.bodyById.load(meeting.bodyId), 'Body');
  }

  @ResolveField(() => [AgendaItem], { description: 'The agenda, in order' })
  agendaItems(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.agendaItemsByMeeting.load(meeting.id);
  }
}
