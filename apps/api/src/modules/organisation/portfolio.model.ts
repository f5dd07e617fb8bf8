import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'portefeuille / domein: the policy domain a committee or portfolio meeting covers',
})
export class Portfolio {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field({ description: 'Short code, unique within the organisation' })
  code: string;

  @Field()
  name: string;
}
