import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  bodyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;

  @Field({ nullable: true, description: 'Decided on or after this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Decided on or before this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
