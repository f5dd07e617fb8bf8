import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'taakveld / dienst: a task the organisation can perform (Wmo, Jeugd, VTH, ICT, …)',
})
export class ServiceArea {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field({ description: 'Short code, unique within the organisation, e.g. VTH' })
  code: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  portfolioId: string | null;
}
