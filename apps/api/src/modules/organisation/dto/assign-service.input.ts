import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import { IsPercentage } from './cost-share';

@InputType()
export class AssignServiceInput {
  @Field(() => ID)
  @IsUUID()
  serviceAreaId: string;

  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field({ description: 'First day, yyyy-mm-dd' })
  @IsCalendarDate()
  startsOn: string;

  @Field({ description: 'Percentage from 0 to 100, e.g. 22.50' })
  @IsPercentage()
  costSharePercent: string;
}
