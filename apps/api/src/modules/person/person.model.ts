import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'persoon: a user, who may hold several memberships at once' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Shown to the person themself and to administrators only; null for everyone else */
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'Whether the person may sign in' })
  active: boolean;
}
