import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { visibleById } from '../../graphql/batch-loaders';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createPersonLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    personById: visibleById(dataSource, viewer, 'Person', PersonEntity, toPerson),
  };
}
