import { TaskStatus } from '@bestuurskracht/shared/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../task.model';

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;

  @Field(() => [TaskStatus], { nullable: true, description: 'Any of these states' })
  @IsOptional()
  @IsEnum(TaskStatus, { each: true, message: 'must be OPEN, IN_PROGRESS, DONE or CANCELLED' })
  status?: TaskStatus[];

  @Field({ nullable: true, description: 'Due before this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string;

  @Field({ nullable: true, description: 'Due after this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsCalendarDate()
  dueAfter?: string;

  @Field({ nullable: true, description: 'Only late tasks (true) or only tasks that are not late (false)' })
  @IsOptional()
  @IsBoolean()
  late?: boolean;
}
