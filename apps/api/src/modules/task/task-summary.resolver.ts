import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { TaskAssigneeWork } from './task-assignee-work.model';
import { TaskSummary } from './task.model';
import { TaskService } from './task.service';

@Resolver(() => TaskSummary)
@UseGuards(SignedInGuard)
export class TaskSummaryResolver {
  constructor(private readonly taskService: TaskService) {}

  @ResolveField(() => [TaskAssigneeWork], {
    description: 'Who does what: the tasks you may see grouped by assignee, unassigned first',
  })
  byAssignee(@CurrentViewer() viewer: Viewer, @Parent() summary: TaskSummary): Promise<TaskAssigneeWork[]> {
    return this.taskService.byAssignee(viewer, summary.municipalityId);
  }
}
