import { TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';

/** The states in which a task still has to be done, and so can be late. */
export const ACTIVE_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS];

/** Late: its due day has passed in the Netherlands and it is neither done nor cancelled. */
export function isTaskLate(
  task: { dueOn: string; status: TaskStatus },
  today = todayInNetherlands(),
): boolean {
  return task.dueOn < today && ACTIVE_TASK_STATUSES.includes(task.status);
}
