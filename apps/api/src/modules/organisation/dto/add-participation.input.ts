import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType()
export class AddParticipationInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field({ description: 'First day, yyyy-mm-dd' })
  @IsCalendarDate()
  startsOn: string;
}
