import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@InputType({
  description: 'Follow-up of a decision: one task per gemeente, or one joint task to the organisation',
})
export class AssignFollowUpTasksInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  decisionId: string;

  @Field({ description: 'Dutch, as the gemeenten will read it' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  dueOn: string;

  @Field(() => [ID], {
    description: 'The gemeenten that must do it, or that request the joint task (forOrganisation)',
  })
  @ArrayNotEmpty({ message: 'name at least one gemeente' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  municipalityIds: string[];

  @Field({
    nullable: true,
    description: 'true: one joint task for the organisation, requested by these gemeenten',
  })
  @IsOptional()
  @IsBoolean()
  forOrganisation?: boolean;
}
