import { Module } from '@nestjs/common';
import { FollowUpTasksService } from './follow-up-tasks.service';
import { TaskSummaryResolver } from './task-summary.resolver';
import { TaskResolver } from './task.resolver';
import { TaskService } from './task.service';

@Module({ providers: [TaskService, FollowUpTasksService, TaskResolver, TaskSummaryResolver] })
export class TaskModule {}
