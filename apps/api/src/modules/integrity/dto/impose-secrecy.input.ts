import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class ImposeSecrecyInput {
  @Field(() => ID, { description: 'The organ imposing it' })
  @IsUUID('all', { message: 'must be a UUID' })
  imposedByBodyId: string;

  @Field({ description: 'The stated grounds (Woo art. 5.1 interests), required by law' })
  @IsString()
  @Matches(/\S/, { message: 'must state the grounds (Gemeentewet art. 87)' })
  @MaxLength(5000)
  grounds: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  imposedOn: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  shareWithBodyIds: string[];

  @Field(() => [ID])
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  shareWithPersonIds: string[];
}
