import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { AssignFollowUpTasksInput } from './dto/assign-follow-up-tasks.input';
import { CreateTaskInput } from './dto/create-task.input';
import { TaskSummaryArgs } from './dto/task-summary.args';
import { TasksArgs } from './dto/tasks.args';
import { UpdateTaskStatusInput } from './dto/update-task-status.input';
import { Task, TaskSummary } from './task.model';
import { FollowUpTasksService } from './follow-up-tasks.service';
import { TaskService } from './task.service';

@ObjectType()
export class TaskConnection extends Connection(Task, 'TaskConnection') {}

@Resolver(() => Task)
@UseGuards(SignedInGuard)
export class TaskResolver {
  constructor(
    private readonly taskService: TaskService,
    private readonly followUp: FollowUpTasksService,
  ) {}

  @Query(() => Task, { description: 'One task; NOT_FOUND when it does not exist' })
  task(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Task> {
    return this.taskService.get(viewer, id);
  }

  @Query(() => TaskConnection, { description: 'Tasks by due day, then id' })
  tasks(@CurrentViewer() viewer: Viewer, @Args() args: TasksArgs) {
    return this.taskService.list(viewer, args);
  }

  @Query(() => TaskSummary, { description: "A gemeente's tasks you may see, counted by state" })
  taskSummary(@CurrentViewer() viewer: Viewer, @Args() args: TaskSummaryArgs): Promise<TaskSummary> {
    return this.taskService.summary(viewer, args.municipalityId);
  }

  @Mutation(() => Task, { description: 'You are recorded as its creator' })
  createTask(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTaskInput): Promise<Task> {
    return this.taskService.create(viewer, input);
  }

  @Mutation(() => [Task], {
    description:
      "The director's follow-up of an adopted decision: a task per gemeente, or one joint task (forOrganisation); " +
      'the same decision, title and gemeente give the existing task',
  })
  assignFollowUpTasks(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AssignFollowUpTasksInput,
  ): Promise<Task[]> {
    return this.followUp.assign(viewer, input);
  }

  @Mutation(() => Task)
  updateTaskStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateTaskStatusInput,
  ): Promise<Task> {
    return this.taskService.updateStatus(viewer, input);
  }
}
