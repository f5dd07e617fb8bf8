import type { DataSource } from 'typeorm';
import { loaderById } from '../../graphql/batch-loaders';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createPersonLoaders(dataSource: DataSource) {
  return {
    personById: loaderById(dataSource, PersonEntity, toPerson),
  };
}
