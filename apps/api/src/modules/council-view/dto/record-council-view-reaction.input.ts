import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class RecordCouncilViewReactionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  procedureId: string;

  @Field({ description: "The board's reaction to the views" })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(20_000)
  reaction: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  reactedOn: string;
}
