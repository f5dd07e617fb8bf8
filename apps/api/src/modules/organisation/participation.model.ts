import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'deelname: a gemeente taking part in an organisation from (and possibly to) a date',
})
export class Participation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'First day, yyyy-mm-dd' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd; null while it lasts' })
  endsOn: string | null;
}
