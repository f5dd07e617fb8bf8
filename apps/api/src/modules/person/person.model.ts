import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'persoon: a user, who may hold several memberships at once' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'Whether the person may sign in' })
  active: boolean;
}
