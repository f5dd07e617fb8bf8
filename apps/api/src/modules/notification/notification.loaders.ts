import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';

export function createNotificationLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** Whether the viewer follows each proposal; false for a visitor */
    followedByViewer: new DataLoader<string, boolean>(async (proposalIds) => {
      const personId = viewer.actor.personId;
      if (personId === null) return proposalIds.map(() => false);
      const rows: { proposal_id: string }[] = await dataSource.query(
        'SELECT proposal_id FROM proposal_follow WHERE person_id = $1 AND proposal_id = ANY($2)',
        [personId, [...proposalIds]],
      );
      const followed = new Set(rows.map((row) => row.proposal_id));
      return proposalIds.map((id) => followed.has(id));
    }),
  };
}
