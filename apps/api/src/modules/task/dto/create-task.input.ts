import { Confidentiality, TaskOrigin } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../task.model';

@InputType({
  description: 'A task for one gemeente (municipalityId) or for the organisation (forOrganisation)',
})
export class CreateTaskInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Optional UUID chosen by the client: sending it again within 24 hours answers the first result',
  })
  @IsOptional()
  @IsUUID('all')
  idempotencyKey?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The gemeente that must do it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId?: string;

  @Field({ nullable: true, description: 'true when the organisation itself must do it' })
  @IsOptional()
  @IsBoolean()
  forOrganisation?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assigneeId?: string;

  @Field()
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

  @Field(() => TaskOrigin)
  @IsEnum(TaskOrigin, { message: 'must be a TaskOrigin' })
  origin: TaskOrigin;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  decisionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  agendaItemId?: string;

  @Field(() => ID, { nullable: true, description: 'The board whose decision it follows' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  bodyId?: string;

  @Field(() => [ID], { nullable: true, description: 'The gemeenten that asked for it' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  requestedByMunicipalityIds?: string[];

  @Field(() => Confidentiality)
  @IsIn([Confidentiality.PUBLIC, Confidentiality.CONFIDENTIAL], {
    message: 'must be PUBLIC or CONFIDENTIAL: a task cannot carry geheimhouding',
  })
  confidentiality: Confidentiality;
}
