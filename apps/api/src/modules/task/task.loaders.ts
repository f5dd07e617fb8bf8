import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../graphql/batch-loaders';
import { TaskEntity } from './task.entity';
import { toTask } from './task.mapper';
import type { Task } from './task.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createTaskLoaders(dataSource: DataSource, _viewer: Viewer) {
  return {
    /** The follow-up tasks of a decision, by due day */
    tasksByDecision: new DataLoader<string, Task[]>(async (decisionIds) => {
      const rows = await dataSource
        .getRepository(TaskEntity)
        .find({ where: { decisionId: In([...decisionIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
      return groupByKey(decisionIds, rows, (row) => row.decisionId ?? '', toTask);
    }),
  };
}
