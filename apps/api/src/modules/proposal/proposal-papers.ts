import type { SqlPredicate, Viewer } from '../../authz/viewer';

/**
 * Where the viewer may read a proposal's papers (its text versions, beslispunten and financial impacts): the
 * proposal is readable, and no declared conflict of interest bars the person from its papers. `alias` names the
 * proposal table in the query.
 */
export function papersReadable(viewer: Viewer, alias: string): SqlPredicate {
  const readable = viewer.where('Proposal', alias);
  const barred = viewer.actor.barredProposalIds;
  if (barred.length === 0) return readable;
  return {
    sql: `(${readable.sql} AND ${alias}.id <> ALL(:barredPaperProposalIds))`,
    params: { ...readable.params, barredPaperProposalIds: barred },
  };
}
