import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How a person can sign in here, for the sign-in screen' })
export class SignInOptions {
  @Field(() => String, {
    nullable: true,
    description:
      "Where the browser goes to sign in with the organisation's account (OIDC); null when not configured",
  })
  oidcLoginPath: string | null;
}
