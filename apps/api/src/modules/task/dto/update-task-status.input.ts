import { TaskStatus } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
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

  @Field(() => TaskStatus, { description: 'DONE records you as the one who completed it' })
  @IsEnum(TaskStatus, { message: 'must be OPEN, IN_PROGRESS, DONE or CANCELLED' })
  status: TaskStatus;
}
