import type { DataSource } from 'typeorm';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createPublicationLoaders(_dataSource: DataSource) {
  return {};
}
