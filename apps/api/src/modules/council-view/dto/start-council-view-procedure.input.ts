import { CouncilViewSubject } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../council-view.model';

@InputType()
export class StartCouncilViewProcedureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;

  @Field(() => ID, { description: 'The board that sends it (the DB)' })
  @IsUUID('all', { message: 'must be a UUID' })
  bodyId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  proposalId?: string;

  @Field(() => CouncilViewSubject)
  @IsEnum(CouncilViewSubject, { message: 'must be a CouncilViewSubject' })
  subject: CouncilViewSubject;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  title: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  sentOn: string;

  @Field(() => String, {
    nullable: true,
    description:
      'yyyy-mm-dd; the legal term when left out (12 weeks for the ontwerpbegroting), never earlier',
  })
  @IsOptional()
  @IsCalendarDate()
  deadlineOn?: string | null;
}
