import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@ArgsType()
export class ServiceAssignmentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @Field({
    nullable: true,
    description: 'Only assignments in force on this day (yyyy-mm-dd); all when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}
