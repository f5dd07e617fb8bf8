import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import type { SearchArgs } from './dto/search.args';
import type { SearchHit, SearchHitKind } from './search.model';

interface HitRow {
  kind: SearchHitKind;
  id: string;
  title: string;
  snippet: string;
  rank: number;
}

export interface SearchStatement {
  sql: string;
  params: unknown[];
}

/**
 * Full text over proposals (and their current version's text), decisions and documents with PostgreSQL's Dutch
 * configuration, so "vergunningen" finds "vergunning". Each `search_vector @@ query` condition can use its
 * table's GIN index (<table>_search_idx); the snippet is made only for the hits returned.
 *
 * Every branch carries the viewer's visibility predicate of the subject it searches (a document's includes its
 * parent), so hits, their ranks and their snippets come only from rows the viewer may read.
 */
export function searchStatement(viewer: Viewer, args: SearchArgs): SearchStatement {
  const params: unknown[] = [args.text, args.organisationId ?? null, args.first];
  const proposal = viewer.whereRaw('Proposal', 'proposal', params);
  const decision = viewer.whereRaw('Decision', 'decision', params);
  const document = viewer.whereRaw('Document', 'document', params);
  // a proposal's text is among its papers, which a declared conflict of interest bars (see proposal-papers.ts)
  const barredPapers = `proposal.id <> ALL($${params.push(viewer.actor.barredProposalIds)}::uuid[])`;
  const sql = `
WITH matches AS (
  SELECT 'PROPOSAL' AS kind, proposal.id, proposal.title,
         proposal.title || ' ' || coalesce(proposal.summary, '') AS text,
         ts_rank(proposal.search_vector, websearch_to_tsquery('dutch', $1)) AS rank
    FROM proposal
   WHERE proposal.search_vector @@ websearch_to_tsquery('dutch', $1)
     AND ($2::uuid IS NULL OR proposal.organisation_id = $2)
     AND ${proposal}
  UNION ALL
  SELECT 'PROPOSAL', proposal.id, proposal.title,
         version.title || ' ' || version.body || ' ' || coalesce(version.financial_consequences, ''),
         ts_rank(version.search_vector, websearch_to_tsquery('dutch', $1))
    FROM proposal_version version
    JOIN proposal ON proposal.id = version.proposal_id AND version.number = proposal.current_version
   WHERE version.search_vector @@ websearch_to_tsquery('dutch', $1)
     AND ($2::uuid IS NULL OR proposal.organisation_id = $2)
     AND ${proposal}
     AND ${barredPapers}
  UNION ALL
  SELECT 'DECISION', decision.id, decision.title, decision.title || ' ' || decision.text,
         ts_rank(decision.search_vector, websearch_to_tsquery('dutch', $1))
    FROM decision
   WHERE decision.search_vector @@ websearch_to_tsquery('dutch', $1)
     AND ($2::uuid IS NULL OR decision.organisation_id = $2)
     AND ${decision}
  UNION ALL
  SELECT 'DOCUMENT', document.id, document.title,
         document.title || ' ' || document.file_name || ' ' || coalesce(document.text_content, ''),
         ts_rank(document.search_vector, websearch_to_tsquery('dutch', $1))
    FROM document
   WHERE document.search_vector @@ websearch_to_tsquery('dutch', $1)
     AND ($2::uuid IS NULL OR document.organisation_id = $2)
     AND ${document}
),
best AS (
  SELECT DISTINCT ON (kind, id) kind, id, title, text, rank FROM matches ORDER BY kind, id, rank DESC
),
top AS (
  SELECT * FROM best ORDER BY rank DESC, kind, id LIMIT $3
)
SELECT kind, id, title, rank,
       ts_headline('dutch', text, websearch_to_tsquery('dutch', $1),
                   'MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "') AS snippet
  FROM top
 ORDER BY rank DESC, kind, id`;
  return { sql, params };
}

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(viewer: Viewer, args: SearchArgs): Promise<SearchHit[]> {
    const { sql, params } = searchStatement(viewer, args);
    const rows: HitRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  }
}
