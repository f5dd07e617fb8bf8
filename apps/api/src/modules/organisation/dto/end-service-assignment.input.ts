import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class EndServiceAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Last day, yyyy-mm-dd; not before the first day' })
  @IsCalendarDate()
  endsOn: string;
}
