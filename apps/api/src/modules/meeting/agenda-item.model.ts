import { AgendaItemHandling, AgendaItemPurpose, Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import './meeting.model';

@ObjectType({ description: 'An agendapunt of a meeting' })
export class AgendaItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => Int, { description: 'Place on the agenda, from 1' })
  position: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => AgendaItemPurpose)
  purpose: AgendaItemPurpose;

  @Field(() => AgendaItemHandling)
  handling: AgendaItemHandling;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The item this one was forwarded from (lineage)' })
  sourceAgendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  serviceAreaId: string | null;

  @Field(() => [ID], { description: 'Gemeenten this item is limited to; empty means all' })
  municipalityScope: string[];

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => Int, { description: 'Row version: pass it as expectedVersion when updating' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
