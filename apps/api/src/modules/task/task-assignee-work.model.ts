import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Task } from './task.model';

@ObjectType({
  description: "Who does what: one assignee's tasks for a gemeente (assigneeId null: nobody yet)",
})
export class TaskAssigneeWork {
  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @Field(() => Int, { description: 'Open or in progress' })
  open: number;

  @Field(() => Int, { description: 'Open or in progress and past their due day' })
  late: number;

  @Field(() => Int)
  done: number;

  @Field(() => [Task], { description: 'The open and in-progress tasks, by due day' })
  tasks: Task[];
}
