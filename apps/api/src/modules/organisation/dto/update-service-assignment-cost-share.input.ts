import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsPercentage } from './cost-share';

@InputType()
export class UpdateServiceAssignmentCostShareInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Percentage from 0 to 100, e.g. 22.50' })
  @IsPercentage()
  costSharePercent: string;
}
