import { AdviceOutcome, AdviceStatus, Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../meeting/meeting.model';

registerEnumType(AdviceOutcome, {
  name: 'AdviceOutcome',
  description: 'positief / positief met wijzigingen / negatief / geen advies',
});
registerEnumType(AdviceStatus, { name: 'AdviceStatus' });

@ObjectType({ description: 'A committee’s advies on a proposal, given on one of its agenda items' })
export class Advice {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { description: 'The advising committee' })
  bodyId: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  agendaItemId: string;

  @Field(() => AdviceOutcome)
  outcome: AdviceOutcome;

  @Field()
  reasoning: string;

  @Field(() => AdviceStatus)
  status: AdviceStatus;

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => ID)
  draftedById: string;

  @Field(() => ID, { nullable: true })
  adoptedById: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  adoptedAt: Date | null;

  @Field(() => Int, { description: 'Row version: pass it as expectedVersion when updating' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ description: 'A voorbehoud: where one gemeente differs from the committee’s advice' })
export class AdviceReservation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  adviceId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field()
  text: string;

  @Field(() => ID)
  recordedById: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
