import {
  AgendaItemHandling,
  AgendaItemPurpose,
  Confidentiality,
  MeetingStatus,
} from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
// Confidentiality is registered once, by the integrity module.
import '../integrity/confidentiality.model';

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AgendaItemPurpose, {
  name: 'AgendaItemPurpose',
  description: 'ter besluitvorming / ter advisering / ter bespreking / ter informatie',
});
registerEnumType(AgendaItemHandling, { name: 'AgendaItemHandling', description: 'hamerstuk / bespreekstuk' });

@ObjectType({ description: 'A vergadering of a body' })
export class Meeting {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  bodyId: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the agenda was published' })
  agendaPublishedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'The Woo deadline for publishing the agenda: at the latest when the meeting starts',
  })
  agendaPublicationDueAt: Date;

  @Field({ description: 'Whether the agenda was published after its Woo deadline' })
  agendaPublishedLate: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "When the agenda went to the directors' meeting",
  })
  agendaSentAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "When the directors' review was concluded",
  })
  directorsReviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => Int, { description: 'Row version: pass it as expectedVersion when updating' })
  version: number;

  @Field(() => Int, {
    description:
      'Raised by every change of the meeting or its agenda items: pass it as expectedAgendaVersion when reordering',
  })
  agendaVersion: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
