/**
 * The three queries the bench measures, each as the GraphQL request the client sends and as hand-written SQL that
 * reads the same rows in one statement (the baseline: no HTTP, no GraphQL, no authorization). `ids` pulls the
 * record ids out of either answer, so the bench can check that both really return the same rows.
 */
export interface Workload {
  name: string;
  /** Who asks, a demo login */
  persona: string;
  graphql: string;
  variables(pageSize: number): Record<string, unknown>;
  sql: string;
  sqlParams(pageSize: number): unknown[];
  idsFromGraphql(data: unknown): string[];
  idsFromSql(row: Record<string, unknown>): string[];
}

export interface WorkloadContext {
  meetingId: string;
  boardId: string;
  organisationId: string;
  municipalityId: string;
  secretaryEmail: string;
}

/** The page size of the measured requests; statement counts also use 1, 10, 50 and 100. */
export const PAGE_SIZE = 50;

const AGENDA_FIELDS = `
  id title startsAt status agendaVersion
  agendaItems {
    id position title purpose handling confidentiality municipalityScope
    proposal { id title state advices { id outcome status reasoning } }
    advice { id outcome status reasoning }
    reviews { id municipalityId visibility text authorId updatedAt }
    documents { id title fileName sizeBytes confidentiality }
  }`;

const AGENDA_SQL = (meeting: string) => `
SELECT json_build_object(
  'id', m.id, 'title', m.title, 'startsAt', m.starts_at, 'status', m.status, 'agendaVersion', m.sequence,
  'agendaItems', coalesce((
    SELECT json_agg(json_build_object(
      'id', i.id, 'position', i.position, 'title', i.title, 'purpose', i.purpose, 'handling', i.handling,
      'confidentiality', i.confidentiality, 'municipalityScope', i.municipality_scope,
      'proposal', (
        SELECT json_build_object('id', p.id, 'title', p.title, 'state', p.state, 'advices', coalesce((
          SELECT json_agg(json_build_object('id', a.id, 'outcome', a.outcome, 'status', a.status,
                                            'reasoning', a.reasoning) ORDER BY a.created_at, a.id)
            FROM advice a WHERE a.proposal_id = p.id), '[]'))
          FROM proposal p WHERE p.id = i.proposal_id),
      'advice', (
        SELECT json_build_object('id', a.id, 'outcome', a.outcome, 'status', a.status, 'reasoning', a.reasoning)
          FROM advice a WHERE a.agenda_item_id = i.id),
      'reviews', coalesce((
        SELECT json_agg(json_build_object('id', r.id, 'municipalityId', r.municipality_id,
                                          'visibility', r.visibility, 'text', r.text, 'authorId', r.author_id,
                                          'updatedAt', r.updated_at) ORDER BY r.created_at, r.id)
          FROM review r
         WHERE r.agenda_item_id = i.id AND (r.visibility = 'SHARED' OR r.municipality_id = $2)), '[]'),
      'documents', coalesce((
        SELECT json_agg(json_build_object('id', d.id, 'title', d.title, 'fileName', d.file_name,
                                          'sizeBytes', d.size_bytes, 'confidentiality', d.confidentiality)
                        ORDER BY d.created_at, d.id)
          FROM document d WHERE d.agenda_item_id = i.id), '[]')
    ) ORDER BY i.position)
    FROM agenda_item i WHERE i.meeting_id = m.id), '[]')
) AS meeting
  FROM meeting m WHERE ${meeting}`;

interface AgendaShape {
  id: string;
  agendaItems: {
    id: string;
    proposal: { id: string; advices: { id: string }[] } | null;
    advice: { id: string } | null;
    reviews: { id: string }[];
    documents: { id: string }[];
  }[];
}

function agendaIds(meeting: AgendaShape): string[] {
  return [
    meeting.id,
    ...meeting.agendaItems.flatMap((item) => [
      item.id,
      ...(item.proposal ? [item.proposal.id, ...item.proposal.advices.map((a) => a.id)] : []),
      ...(item.advice ? [item.advice.id] : []),
      ...item.reviews.map((r) => r.id),
      ...item.documents.map((d) => d.id),
    ]),
  ];
}

const TASK_FIELDS = `id title description origin dueOn late status assigneeId municipalityId organisationId bodyId
  forOrganisation requestedByMunicipalityIds confidentiality version`;

export function workloads(context: WorkloadContext): Workload[] {
  return [
    {
      name: 'DB agenda (40 items)',
      persona: context.secretaryEmail,
      graphql: `query BenchAgenda($id: ID!) { meeting(id: $id) { ${AGENDA_FIELDS} } }`,
      variables: () => ({ id: context.meetingId }),
      sql: AGENDA_SQL('m.id = $1'),
      sqlParams: () => [context.meetingId, context.municipalityId],
      idsFromGraphql: (data) => agendaIds((data as { meeting: AgendaShape }).meeting),
      idsFromSql: (row) => agendaIds(row['meeting'] as AgendaShape),
    },
    {
      name: 'task dashboard',
      persona: context.secretaryEmail,
      graphql: `query BenchTasks($municipalityId: ID!, $first: Int!) {
        taskSummary(municipalityId: $municipalityId) { open inProgress late done }
        tasks(municipalityId: $municipalityId, status: [OPEN, IN_PROGRESS], first: $first) {
          totalCount pageInfo { endCursor hasNextPage } nodes { ${TASK_FIELDS} } } }`,
      variables: (first) => ({ municipalityId: context.municipalityId, first }),
      sql: `
SELECT (SELECT json_build_object(
          'open', count(*) FILTER (WHERE t.status = 'OPEN'),
          'inProgress', count(*) FILTER (WHERE t.status = 'IN_PROGRESS'),
          'late', count(*) FILTER (WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_on < current_date),
          'done', count(*) FILTER (WHERE t.status = 'DONE'))
          FROM task t WHERE t.municipality_id = $1) AS summary,
       (SELECT count(*) FROM task t WHERE t.municipality_id = $1 AND t.status IN ('OPEN', 'IN_PROGRESS')) AS total,
       (SELECT coalesce(json_agg(page), '[]') FROM (
          SELECT t.id, t.title, t.description, t.origin, t.due_on, t.due_on < current_date AS late, t.status,
                 t.assignee_id, t.municipality_id, t.organisation_id, t.body_id, t.for_organisation,
                 t.requested_by_municipality_ids, t.confidentiality, t.version
            FROM task t WHERE t.municipality_id = $1 AND t.status IN ('OPEN', 'IN_PROGRESS')
           ORDER BY t.due_on, t.id LIMIT $2) page) AS nodes`,
      sqlParams: (first) => [context.municipalityId, first],
      idsFromGraphql: (data) => (data as { tasks: { nodes: { id: string }[] } }).tasks.nodes.map((t) => t.id),
      idsFromSql: (row) => (row['nodes'] as { id: string }[]).map((t) => t.id),
    },
    {
      name: 'decision search',
      persona: 'directeur@kempengemeenten.example',
      graphql: `query BenchSearch($text: String!, $organisationId: ID, $first: Int!) {
        search(text: $text, organisationId: $organisationId, first: $first) { id kind title snippet rank } }`,
      variables: (first) => ({ text: 'Wmo', organisationId: context.organisationId, first }),
      sql: SEARCH_SQL,
      sqlParams: (first) => ['Wmo', context.organisationId, first],
      idsFromGraphql: (data) => (data as { search: { id: string }[] }).search.map((hit) => hit.id),
      idsFromSql: (row) => (row['hits'] as { id: string }[]).map((hit) => hit.id),
    },
  ];
}

/** The agenda of several meetings at once, to show the statement count does not grow with the page. */
export function agendaListWorkload(
  context: WorkloadContext,
): Pick<Workload, 'name' | 'persona' | 'graphql' | 'variables'> {
  return {
    name: 'DB agendas, a page of meetings',
    persona: context.secretaryEmail,
    // the same nested lists as the agenda, fewer fields each, so a page of 100 stays within the query cost limit
    graphql: `query BenchAgendas($bodyId: ID!, $first: Int!) {
      meetings(bodyId: $bodyId, first: $first) { nodes { id agendaItems {
        id reviews { id } documents { id } } } } }`,
    variables: (first) => ({ bodyId: context.boardId, first }),
  };
}

/** The API's search statement for a reader who may read the whole organisation (the director). */
const SEARCH_SQL = `
WITH matches AS (
  SELECT 'PROPOSAL' AS kind, p.id, p.title, p.title || ' ' || coalesce(p.summary, '') AS text,
         ts_rank(p.search_vector, websearch_to_tsquery('dutch', $1)) AS rank
    FROM proposal p
   WHERE p.search_vector @@ websearch_to_tsquery('dutch', $1) AND p.organisation_id = $2
  UNION ALL
  SELECT 'PROPOSAL', p.id, p.title, v.title || ' ' || v.body || ' ' || coalesce(v.financial_consequences, ''),
         ts_rank(v.search_vector, websearch_to_tsquery('dutch', $1))
    FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id AND v.number = p.current_version
   WHERE v.search_vector @@ websearch_to_tsquery('dutch', $1) AND p.organisation_id = $2
  UNION ALL
  SELECT 'DECISION', d.id, d.title, d.title || ' ' || d.text, ts_rank(d.search_vector, websearch_to_tsquery('dutch', $1))
    FROM decision d
   WHERE d.search_vector @@ websearch_to_tsquery('dutch', $1) AND d.organisation_id = $2
  UNION ALL
  SELECT 'DOCUMENT', doc.id, doc.title, doc.title || ' ' || doc.file_name || ' ' || coalesce(doc.text_content, ''),
         ts_rank(doc.search_vector, websearch_to_tsquery('dutch', $1))
    FROM document doc
   WHERE doc.search_vector @@ websearch_to_tsquery('dutch', $1) AND doc.organisation_id = $2
),
best AS (SELECT DISTINCT ON (kind, id) kind, id, title, text, rank FROM matches ORDER BY kind, id, rank DESC),
top AS (SELECT * FROM best ORDER BY rank DESC, kind, id LIMIT $3)
SELECT coalesce(json_agg(json_build_object(
         'id', id, 'kind', kind, 'title', title, 'rank', rank,
         'snippet', ts_headline('dutch', text, websearch_to_tsquery('dutch', $1),
                                'MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "'))
       ORDER BY rank DESC, kind, id), '[]') AS hits
  FROM top`;
