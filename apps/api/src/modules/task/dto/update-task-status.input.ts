import { TaskStatus } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import '../task.model';

@InputType()
export class UpdateTaskStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => TaskStatus)
  @IsEnum(TaskStatus, { message: 'must be OPEN, IN_PROGRESS, DONE or CANCELLED' })
  status: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'Who completed it, when the status is DONE' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  completedById?: string;
}
