import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A declared belangenverstrengeling: no part in deliberation or vote' })
export class ConflictOfInterest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field()
  reason: string;

  @Field({ description: 'The person may not see the papers' })
  barsPapers: boolean;

  @Field(() => GraphQLISODateTime)
  declaredAt: Date;
}
