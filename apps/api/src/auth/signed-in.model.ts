import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A new session; its token travels only in the httpOnly cookie' })
export class SignedIn {
  @Field(() => GraphQLISODateTime, {
    description: 'When the session ends at the latest; inactivity ends it earlier',
  })
  expiresAt: Date;
}
