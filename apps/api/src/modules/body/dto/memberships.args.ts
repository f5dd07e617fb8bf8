import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import { IsCalendarDate } from '../../../graphql/calendar-date';

@ArgsType()
export class MembershipsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({
    nullable: true,
    description: 'Only memberships holding on this day (yyyy-mm-dd); all when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}
