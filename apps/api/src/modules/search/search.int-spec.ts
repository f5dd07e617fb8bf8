import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, Confidentiality, MembershipRole } from '@bestuurskracht/shared/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ViewerFactory } from '../../authz/viewer.factory';
import { DecisionEntity } from '../../modules/decision/decision.entity';
import type { AgendaItemEntity } from '../../modules/meeting/agenda-item.entity';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { aBody, aMembership, aPortfolio } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { searchStatement } from './search.service';

const SEARCH = `query ($text: String!, $organisationId: ID, $first: Int) {
  search(text: $text, organisationId: $organisationId, first: $first) { kind id title snippet rank } }`;

type Hit = { kind: string; id: string; title: string; snippet: string; rank: number };
type Hits = { search: Hit[] };

/** A word no other row contains (letters only, so the Dutch parser keeps it one word). */
const aWord = (stem: string) =>
  stem +
  randomUUID()
    .replace(/-/g, '')
    .slice(0, 8)
    .replace(/[0-9]/g, (digit) => 'ghijklmnop'.charAt(Number(digit)));

/** A plain-text document on an agenda item, written straight to the table (as the document service would). */
async function aTextDocument(
  db: DataSource,
  item: AgendaItemEntity,
  uploadedById: string,
  text: string,
  confidentiality = Confidentiality.PUBLIC,
): Promise<string> {
  const content = Buffer.from(text);
  const rows: { id: string }[] = await db.query(
    `INSERT INTO document (organisation_id, agenda_item_id, body_id, proposal_id, title, file_name, content_type,
                           size_bytes, sha256, content, text_content, confidentiality, uploaded_by_id)
     VALUES ($1, $2, $3, $4, 'Notitie', 'notitie.txt', 'text/plain', $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      item.organisationId,
      item.id,
      item.bodyId,
      item.proposalId,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
      text,
      confidentiality,
      uploadedById,
    ],
  );
  return rows[0]?.id as string;
}

describe('search', () => {
  let api: TestApp;
  let board: Board;
  /** the director reads all of their organisations' openbaar and vertrouwelijk records */
  let director: SignedInMember;
  const direct = async (built: Board) => {
    await aMembership(director.personId, built.organisation.id, MembershipRole.DIRECTOR).create(
      api.dataSource,
    );
    return built;
  };

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
  });
  afterAll(() => api.close());

  const searchAs = async (
    who: SignedInMember | null,
    text: string,
    extra: Record<string, unknown> = {},
  ): Promise<Hit[]> => {
    const variables = { text, organisationId: board.organisation.id, ...extra };
    const response = who
      ? await who.request<Hits>(SEARCH, variables)
      : await graphqlRequest<Hits>(api.server, SEARCH, variables);
    return response.data?.search ?? [];
  };
  /** A beleidsambtenaar in a portfolio of their own (so no proposal of the tests is theirs to see as staff) */
  const aStaffMember = async (
    built: Board,
    adjust: (m: ReturnType<typeof aMembership>) => ReturnType<typeof aMembership> = (m) => m,
  ) => {
    const portfolio = await aPortfolio(built.organisation.id).create(api.dataSource);
    return aSignedInMember(api.dataSource, api.server, built.organisation.id, MembershipRole.STAFF, (m) =>
      adjust(m.inPortfolio(portfolio.id)),
    );
  };
  const search = (text: string, extra: Record<string, unknown> = {}) => searchAs(director, text, extra);
  const ids = (hits: Hit[]) => hits.map((hit) => hit.id).sort();

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
    const document = await aTextDocument(
      api.dataSource,
      item,
      board.secretary.id,
      'De gemeenten onderzoeken gezamenlijke warmtenetten.',
    );
    const hits = await search('warmtenet');
    expect(hits.map((hit) => [hit.kind, hit.id])).toContainEqual(['DOCUMENT', document]);
  });

  it('ranks the better match first', async () => {
    const own = await direct(await aBoard().create(api.dataSource));
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
    const other = await direct(await aBoard().create(api.dataSource));
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

  it('uses the GIN search index of every table it searches, with the visibility predicates', async () => {
    const viewer = await api.app.get(ViewerFactory).forPerson(director.personId);
    const { sql, params } = searchStatement(viewer, { text: 'vergunning', first: 20 });
    const tables = ['proposal', 'proposal_version', 'decision', 'document'];
    const plan = await api.dataSource.transaction(async (manager) => {
      // The shared test tables are tiny and their other indexes make the planner's choice a coin toss. Empty
      // stand-ins in pg_temp (searched before public) with only the key and the search index, and no sequential
      // scans, show whether every branch's condition can be served by its GIN index, as it must on a large table.
      for (const table of tables) {
        await manager.query(
          `CREATE TEMP TABLE ${table} (LIKE public.${table} INCLUDING DEFAULTS INCLUDING GENERATED) ON COMMIT DROP`,
        );
        await manager.query(`ALTER TABLE pg_temp.${table} ADD PRIMARY KEY (id)`);
        await manager.query(`CREATE INDEX ${table}_search_idx ON pg_temp.${table} USING gin (search_vector)`);
      }
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`, params);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    const unused = tables.filter((table) => !plan.includes(`Bitmap Index Scan on ${table}_search_idx`));
    expect(unused).toEqual([]);
  });

  describe('finds only what the viewer may read', () => {
    let kempen: Board;
    let gemeenteA: string;
    let gemeenteB: string;
    /** gemeentesecretarissen of A and B: they read the DB's papers, within their gemeente's scope */
    let secretaryA: SignedInMember;
    let secretaryB: SignedInMember;
    /** a beleidsambtenaar acting for A: reads the organisation's openbaar records only */
    let staffA: SignedInMember;
    /** a DB member for A: reads the DB's vertrouwelijk papers */
    let dbMemberA: SignedInMember;
    const searchKempen = (who: SignedInMember | null, text: string) =>
      searchAs(who, text, { organisationId: kempen.organisation.id });

    beforeAll(async () => {
      kempen = await aBoard().withMunicipalities('Bladel', 'Eersel').create(api.dataSource);
      [gemeenteA, gemeenteB] = kempen.municipalities.map((m) => m.id) as [string, string];
      const directors = await aBody(kempen.organisation.id, BodyKind.DIRECTORS_MEETING).create(
        api.dataSource,
      );
      const member = (gemeente: string, bodyId: string) =>
        aSignedInMember(api.dataSource, api.server, kempen.organisation.id, MembershipRole.MEMBER, (m) =>
          m.inBody(bodyId).forMunicipality(gemeente),
        );
      secretaryA = await member(gemeenteA, directors.id);
      secretaryB = await member(gemeenteB, directors.id);
      dbMemberA = await member(gemeenteA, kempen.body.id);
      staffA = await aStaffMember(kempen, (m) => m.forMunicipality(gemeenteA));
      await direct(kempen);
    });

    it("does not show a person of another gemeente a gemeente-limited decision's words", async () => {
      const word = aWord('grondbeleid');
      const item = await anAgendaItem(kempen).limitedTo(gemeenteB).create(api.dataSource);
      const decision = await aDecision(item)
        .titled('Grondbeleid', `Alleen voor B: ${word}.`)
        .create(api.dataSource);
      expect({
        otherGemeente: await searchKempen(secretaryA, word),
        withoutOrganisation: await searchAs(secretaryA, word, { organisationId: null }),
        ownGemeente: ids(await searchKempen(secretaryB, word)),
      }).toEqual({ otherGemeente: [], withoutOrganisation: [], ownGemeente: [decision.id] });
    });

    it('does not find a proposal by its text for a person barred from its papers by a conflict of interest', async () => {
      const word = aWord('windpark');
      const { proposal } = await aProposal(kempen)
        .withVersions(`Een locatie voor het ${word} bij Bladel.`)
        .create(api.dataSource);
      const barred = await aSignedInMember(
        api.dataSource,
        api.server,
        kempen.organisation.id,
        MembershipRole.DIRECTOR,
      );
      await api.dataSource.query(
        `INSERT INTO conflict_of_interest (organisation_id, person_id, proposal_id, reason, bars_papers)
         VALUES ($1, $2, $3, 'Eigenaar van grond in het zoekgebied', true)`,
        [kempen.organisation.id, barred.personId, proposal.id],
      );
      expect({
        barred: await searchKempen(barred, word),
        director: ids(await searchKempen(director, word)),
      }).toEqual({ barred: [], director: [proposal.id] });
    });

    it("does not show a person of another gemeente a gemeente-limited proposal's current text", async () => {
      const word = aWord('schuldhulp');
      const { proposal } = await aProposal(kempen)
        .withVersions(`Een aanpak van ${word} voor B alleen.`)
        .create(api.dataSource);
      await api.dataSource.query(`UPDATE proposal SET municipality_scope = $2 WHERE id = $1`, [
        proposal.id,
        [gemeenteB],
      ]);
      expect({
        otherGemeente: await searchKempen(secretaryA, word),
        ownGemeente: ids(await searchKempen(secretaryB, word)),
      }).toEqual({ otherGemeente: [], ownGemeente: [proposal.id] });
    });

    it('does not show a vertrouwelijk decision or document to those outside the body: no hit, no snippet', async () => {
      const hidden = aWord('aanbesteding');
      const visible = aWord('fietsroute');
      const confidentialItem = await anAgendaItem(kempen).confidential().create(api.dataSource);
      const secretDecision = await aDecision(confidentialItem)
        .titled('Aanbesteding', `Vertrouwelijk: ${hidden}.`)
        .create(api.dataSource);
      const openItem = await anAgendaItem(kempen).create(api.dataSource);
      const secretDocument = await aTextDocument(
        api.dataSource,
        openItem,
        kempen.secretary.id,
        `Vertrouwelijke notitie over ${hidden}.`,
        Confidentiality.CONFIDENTIAL,
      );
      const published = await aDecision(openItem)
        .titled('Fietsroute', `Openbaar: ${visible}.`)
        .create(api.dataSource);
      await api.dataSource.getRepository(DecisionEntity).update(published.id, { publishedAt: new Date() });
      const staffHits = await searchKempen(staffA, `${visible} or ${hidden}`);
      expect({
        staff: ids(staffHits),
        leaked: JSON.stringify(staffHits).includes(hidden),
        member: ids(await searchKempen(dbMemberA, hidden)),
      }).toEqual({
        staff: [published.id],
        leaked: false,
        member: [secretDecision.id, secretDocument].sort(),
      });
    });

    it('shows a geheim decision only to the persons named on its geheimhouding', async () => {
      const word = aWord('grondaankoop');
      const committee = await aBody(kempen.organisation.id, BodyKind.COMMITTEE).create(api.dataSource);
      const [secrecy]: { id: string }[] = await api.dataSource.query(
        `INSERT INTO secrecy (organisation_id, imposed_by_body_id, imposed_by_person_id, grounds, imposed_on)
         VALUES ($1, $2, $3, 'onderhandelingspositie', '2026-01-01') RETURNING id`,
        [kempen.organisation.id, committee.id, kempen.secretary.id],
      );
      const item = await anAgendaItem(kempen)
        .underSecrecy(secrecy?.id as string)
        .create(api.dataSource);
      const decision = await aDecision(item)
        .titled('Grondaankoop', `Geheim: ${word}.`)
        .create(api.dataSource);
      const namedMember = await aStaffMember(kempen);
      await api.dataSource.query(`INSERT INTO secrecy_share (secrecy_id, person_id) VALUES ($1, $2)`, [
        secrecy?.id,
        namedMember.personId,
      ]);
      expect({
        director: await searchKempen(director, word),
        dbMember: await searchKempen(dbMemberA, word),
        named: ids(await searchKempen(namedMember, word)),
      }).toEqual({ director: [], dbMember: [], named: [decision.id] });
    });

    it('shows a visitor without an account and a person of another organisation only published openbaar decisions', async () => {
      const word = aWord('kermis');
      const item = await anAgendaItem(kempen).create(api.dataSource);
      const published = await aDecision(item)
        .titled('Kermis', `Openbaar besluit: ${word}.`)
        .create(api.dataSource);
      await api.dataSource.getRepository(DecisionEntity).update(published.id, { publishedAt: new Date() });
      const unpublished = await aDecision(item)
        .titled('Kermis', `Nog niet gepubliceerd: ${word}.`)
        .create(api.dataSource);
      const { proposal } = await aProposal(kempen)
        .withVersions(`Voorstel over de ${word}.`)
        .create(api.dataSource);
      const document = await aTextDocument(api.dataSource, item, kempen.secretary.id, `Bijlage: ${word}.`);
      const elsewhere = await aBoard().create(api.dataSource);
      const outsider = await aSignedInMember(
        api.dataSource,
        api.server,
        elsewhere.organisation.id,
        MembershipRole.DIRECTOR,
      );
      expect({
        visitor: ids(await searchKempen(null, word)),
        outsider: ids(await searchKempen(outsider, word)),
        director: ids(await searchKempen(director, word)),
      }).toEqual({
        visitor: [published.id],
        outsider: [published.id],
        director: [published.id, unpublished.id, proposal.id, document].sort(),
      });
    });
  });
});
