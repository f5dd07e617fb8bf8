import { graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';
import { SEARCH_SQL } from './search.service';

const SEARCH = `query ($text: String!, $organisationId: ID, $first: Int) {
  search(text: $text, organisationId: $organisationId, first: $first) { kind id title snippet rank } }`;

type Hits = { search: { kind: string; id: string; title: string; snippet: string; rank: number }[] };

describe('search', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
  });
  afterAll(() => api.close());

  const search = async (text: string, extra: Record<string, unknown> = {}) =>
    (
      await graphqlRequest<Hits>(api.server, SEARCH, {
        text,
        organisationId: board.organisation.id,
        ...extra,
      })
    ).data?.search ?? [];

  it('finds a decision by another form of a Dutch word ("vergunningen" finds "vergunning")', async () => {
    const decision = await aDecision(await anAgendaItem(board).create(api.dataSource))
      .titled(
        'Omgevingsvergunning Kempenweg',
        'Het bestuur verleent de vergunning voor de bouw van een loods.',
      )
      .create(api.dataSource);
    const hits = await search('vergunningen');
    expect(hits.find((hit) => hit.id === decision.id)).toMatchObject({
      kind: 'DECISION',
      title: 'Omgevingsvergunning Kempenweg',
      snippet: expect.stringContaining('<b>vergunning</b>'),
    });
  });

  it('finds a proposal by the text of its current version, once, with a snippet', async () => {
    const { proposal } = await aProposal(board)
      .titled('Regionale aanpak laaggeletterdheid')
      .withVersions(
        'Oude tekst over bibliotheken',
        'Wij stellen voor de taalcafés in alle kernen uit te breiden.',
      )
      .create(api.dataSource);
    const hits = await search('taalcafés');
    expect(hits.filter((hit) => hit.id === proposal.id)).toEqual([
      expect.objectContaining({ kind: 'PROPOSAL', snippet: expect.stringContaining('<b>taalcafés</b>') }),
    ]);
  });

  it('lists a proposal once when both it and its current version match', async () => {
    const { proposal } = await aProposal(board)
      .titled('Gezamenlijke inkoop laadpalen')
      .withVersions('Het voorstel is de laadpalen samen in te kopen.')
      .create(api.dataSource);
    const hits = await search('laadpalen');
    expect(hits.filter((hit) => hit.id === proposal.id)).toHaveLength(1);
  });

  it('does not find a proposal by the text of an older version', async () => {
    const { proposal } = await aProposal(board)
      .withVersions('Een tekst over zwembaden', 'Een tekst over sporthallen')
      .create(api.dataSource);
    const hits = await search('zwembaden');
    expect(hits.map((hit) => hit.id)).not.toContain(proposal.id);
  });

  it('finds a text document by its content', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await graphqlRequest<{ uploadDocument: { id: string } }>(
      api.server,
      `mutation ($input: UploadDocumentInput!) { uploadDocument(input: $input) { id } }`,
      {
        input: {
          parent: { agendaItemId: item.id },
          title: 'Notitie',
          fileName: 'notitie.txt',
          contentType: 'text/plain',
          contentBase64: Buffer.from('De gemeenten onderzoeken gezamenlijke warmtenetten.').toString(
            'base64',
          ),
          confidentiality: 'PUBLIC',
          uploadedById: board.secretary.id,
        },
      },
    );
    const hits = await search('warmtenet');
    expect(hits.map((hit) => [hit.kind, hit.id])).toContainEqual([
      'DOCUMENT',
      uploaded.data?.uploadDocument.id,
    ]);
  });

  it('ranks the better match first', async () => {
    const own = await aBoard().create(api.dataSource);
    const weak = await aDecision(await anAgendaItem(own).create(api.dataSource))
      .titled('Begroting', 'Over de begroting en ook even over fietspaden.')
      .create(api.dataSource);
    const strong = await aDecision(await anAgendaItem(own).create(api.dataSource))
      .titled('Fietspaden', 'Fietspaden, fietspaden en nog eens fietspaden langs de kanaaldijk.')
      .create(api.dataSource);
    const hits = await search('fietspaden', { organisationId: own.organisation.id });
    expect(hits.map((hit) => hit.id)).toEqual([strong.id, weak.id]);
  });

  it('keeps to the organisation asked for', async () => {
    const other = await aBoard().create(api.dataSource);
    await aDecision(await anAgendaItem(other).create(api.dataSource))
      .titled('Windturbines elders', 'Windturbines bij de buren.')
      .create(api.dataSource);
    expect(await search('windturbines')).toEqual([]);
  });

  it('refuses a blank search text', async () => {
    const response = await graphqlRequest(api.server, SEARCH, { text: '   ' });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text', message: 'must contain a word to search for' }],
    });
  });

  it('uses the GIN search index of every table it searches', async () => {
    const plan = await api.dataSource.transaction(async (manager) => {
      // The test tables are tiny; forbid sequential scans so the plan shows what a large table would use
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${SEARCH_SQL}`, [
        'vergunning',
        null,
        20,
      ]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    const indexes = ['proposal', 'proposal_version', 'decision', 'document'].map(
      (table) => `${table}_search_idx`,
    );
    expect(indexes.filter((index) => !plan.includes(index))).toEqual([]);
  });
});
