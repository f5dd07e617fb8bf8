import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An in-app message about a proposal you follow' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'Dutch text for the interface' })
  text: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field()
  read: boolean;
}
