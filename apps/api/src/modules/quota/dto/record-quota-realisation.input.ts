import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class RecordQuotaRealisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  quotaId: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  recordedOn: string;

  @Field(() => Int, { description: 'Realised so far in the period' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  realised: number;
}
