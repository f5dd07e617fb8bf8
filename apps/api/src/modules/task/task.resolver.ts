import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { CreateTaskInput } from './dto/create-task.input';
import { TaskSummaryArgs } from './dto/task-summary.args';
import { TasksArgs } from './dto/tasks.args';
import { UpdateTaskStatusInput } from './dto/update-task-status.input';
import { Task, TaskSummary } from './task.model';
import { TaskService } from './task.service';

@ObjectType()
export class TaskConnection extends Connection(Task, 'TaskConnection') {}

@Resolver(() => Task)
export class TaskResolver {
  constructor(private readonly taskService: TaskService) {}

  @Query(() => Task, { description: 'One task; NOT_FOUND when it does not exist' })
  task(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Task> {
    return this.taskService.get(id);
  }

  @Query(() => TaskConnection, { description: 'Tasks by due day, then id' })
  tasks(@Args() args: TasksArgs) {
    return this.taskService.list(args);
  }

  @Query(() => TaskSummary, { description: "A gemeente's tasks counted by state" })
  taskSummary(@Args() args: TaskSummaryArgs): Promise<TaskSummary> {
    return this.taskService.summary(args.municipalityId);
  }

  @Mutation(() => Task)
  createTask(@Args('input') input: CreateTaskInput): Promise<Task> {
    return this.taskService.create(input);
  }

  @Mutation(() => Task)
  updateTaskStatus(@Args('input') input: UpdateTaskStatusInput): Promise<Task> {
    return this.taskService.updateStatus(input);
  }
}
