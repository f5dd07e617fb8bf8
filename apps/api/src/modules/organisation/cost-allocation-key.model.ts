import { CostAllocationMethod } from '@bestuurskracht/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(CostAllocationMethod, {
  name: 'CostAllocationMethod',
  description: 'by inhabitants, equal parts, fixed percentages or usage',
});

@ObjectType({ description: 'verdeelsleutel: how a cost is divided among the gemeenten' })
export class CostAllocationKey {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The service area whose costs it divides, if any' })
  serviceAreaId: string | null;

  @Field()
  name: string;

  @Field(() => CostAllocationMethod)
  method: CostAllocationMethod;
}

@ObjectType({
  description: 'The fixed percentage (or usage figure) of one gemeente in a cost allocation key',
})
export class CostAllocationShare {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({
    description: 'A decimal such as 33.33: a percentage for FIXED_PERCENTAGES, a usage figure for USAGE',
  })
  value: string;
}
