import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class LiftSecrecyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  secrecyId: string;

  @Field({ description: 'yyyy-mm-dd; secrecy ends at the start of this day' })
  @IsCalendarDate()
  liftedOn: string;

  @Field(() => ID, { nullable: true, description: 'The decision that lifts it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  liftedByDecisionId?: string;
}
