import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'taaktoewijzing / DVO: a gemeente has placed a service area with the organisation, with a cost share',
})
export class ServiceAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  serviceAreaId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'First day, yyyy-mm-dd' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd; null while it lasts' })
  endsOn: string | null;

  @Field({
    description: "The gemeente's share of the service area's costs in percent, a decimal such as 22.50",
  })
  costSharePercent: string;
}
