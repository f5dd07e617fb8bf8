import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A body or person with whom a secret is shared' })
export class SecrecyShare {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  bodyId: string | null;

  @Field(() => ID, { nullable: true })
  personId: string | null;
}

@ObjectType({
  description: 'Geheimhouding (Gemeentewet art. 87–89): imposed by an organ, on grounds, until lifted',
})
export class Secrecy {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  imposedByBodyId: string;

  @Field(() => ID)
  imposedByPersonId: string;

  @Field()
  grounds: string;

  @Field({ description: 'yyyy-mm-dd' })
  imposedOn: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; secrecy ends at the start of this day' })
  liftedOn: string | null;

  @Field(() => ID, { nullable: true })
  liftedByDecisionId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
