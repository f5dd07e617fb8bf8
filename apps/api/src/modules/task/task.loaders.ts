import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { visibleOfMany } from '../../graphql/batch-loaders';
import { TaskEntity } from './task.entity';
import { toTask } from './task.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createTaskLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** The follow-up tasks of a decision the viewer may read, by due day */
    tasksByDecision: visibleOfMany(
      dataSource,
      viewer,
      'Task',
      TaskEntity,
      'decisionId',
      [
        ['dueOn', 'ASC'],
        ['id', 'ASC'],
      ],
      toTask,
    ),
  };
}
