import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createPublicationLoaders(_dataSource: DataSource, _viewer: Viewer) {
  return {};
}
