import type { Client } from 'pg';
import { GraphqlClient } from './graphql-client';

export const AGENDA_TITLE = 'Benchmark: DB-vergadering met 40 agendapunten';
const ITEMS = 40;
const GEMEENTEN = ['bergeijk', 'bladel', 'eersel', 'oirschot', 'reusel-demierden'];

export interface AgendaFixture {
  meetingId: string;
  organisationId: string;
  /** The gemeente whose secretary reads the agenda, the task dashboard and the search in the bench */
  municipalityId: string;
  secretaryEmail: string;
}

/**
 * A DB agenda of 40 advised proposals in Kempengemeenten, made through the API as its users would: the
 * beleidsambtenaar writes, the committee advises, the director builds the agenda with two papers per item and
 * sends it to the zes-directeuren overleg, and every gemeentesecretaris writes a note on every item (own gemeente
 * and shared in turn). Made once per database; a later run finds it by its title.
 */
export async function ensureAgendaFixture(sql: Client, baseUrl: string): Promise<AgendaFixture> {
  const ids = await lookUp(sql);
  const existing = await sql.query<{ id: string }>(
    `SELECT meeting.id FROM meeting WHERE title = $1 AND organisation_id = $2`,
    [AGENDA_TITLE, ids.organisationId],
  );
  const fixture = (meetingId: string): AgendaFixture => ({
    meetingId,
    organisationId: ids.organisationId,
    municipalityId: ids.municipalities.bladel,
    secretaryEmail: 'gemeentesecretaris@bladel.example',
  });
  await ensureTaskBacklog(sql, baseUrl, ids.organisationId, ids.municipalities.bladel);
  if (existing.rows[0]) return fixture(existing.rows[0].id);

  const as = (email: string) => GraphqlClient.signIn(baseUrl, email);
  const director = await as('directeur@kempengemeenten.example');
  const staff = await as('beleid.md@kempengemeenten.example');
  const chair = await as('wethouder.md@bladel.example');
  const inFourWeeks = new Date(Date.now() + 28 * 86_400_000);
  const committeeMeeting = await createMeeting(
    director,
    ids.committeeId,
    'Benchmark: commissie',
    inFourWeeks,
  );
  const board = await createMeeting(
    director,
    ids.boardId,
    AGENDA_TITLE,
    new Date(inFourWeeks.getTime() + 7 * 86_400_000),
  );

  for (let n = 1; n <= ITEMS; n++) {
    const title = `Benchmarkvoorstel ${n}: regionale afspraken over de uitvoering van de Wmo`;
    const { createProposal: proposal } = await staff.request<{
      createProposal: { id: string; version: number };
    }>(`mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id version } }`, {
      input: {
        portfolioId: ids.portfolioId,
        title,
        summary: 'Afspraken over toegang, indicatiestelling en inkoop van maatwerkvoorzieningen.',
        body: 'De gemeenten stemmen de uitvoering af. '.repeat(40),
        decisionPoints: ['In te stemmen met de afspraken', 'De colleges te informeren'],
        confidentiality: 'PUBLIC',
      },
    });
    const { sendProposalToCommittee: committeeItem } = await staff.request<{
      sendProposalToCommittee: { id: string };
    }>(`mutation ($input: SendProposalToCommitteeInput!) { sendProposalToCommittee(input: $input) { id } }`, {
      input: { proposalId: proposal.id, expectedVersion: proposal.version, meetingId: committeeMeeting },
    });
    const { draftAdvice: advice } = await chair.request<{ draftAdvice: { id: string; version: number } }>(
      `mutation ($input: DraftAdviceInput!) { draftAdvice(input: $input) { id version } }`,
      {
        input: {
          agendaItemId: committeeItem.id,
          outcome: n % 5 === 0 ? 'POSITIVE_WITH_CHANGES' : 'POSITIVE',
          reasoning: 'De commissie adviseert het DB in te stemmen. '.repeat(5),
        },
      },
    );
    await chair.request(`mutation ($input: AdoptAdviceInput!) { adoptAdvice(input: $input) { id } }`, {
      input: { id: advice.id, expectedVersion: advice.version },
    });
    const { addAgendaItem: item } = await director.request<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: {
          meetingId: board,
          title,
          purpose: 'DECISION',
          handling: n % 3 === 0 ? 'DEBATE' : 'CONSENT',
          proposalId: proposal.id,
          confidentiality: 'PUBLIC',
        },
      },
    );
    for (const paper of ['Raadsinformatiebrief', 'Uitvoeringsnotitie']) {
      await director.request(
        `mutation ($input: UploadDocumentInput!) { uploadDocument(input: $input) { id } }`,
        {
          input: {
            parent: { agendaItemId: item.id },
            title: `${paper} bij voorstel ${n}`,
            fileName: `${paper.toLowerCase()}-${n}.txt`,
            contentType: 'text/plain',
            contentBase64: Buffer.from(`${paper} bij benchmarkvoorstel ${n}.\n`.repeat(50)).toString(
              'base64',
            ),
            confidentiality: 'PUBLIC',
          },
        },
      );
    }
  }

  const { meeting } = await director.request<{ meeting: { version: number } }>(
    `query ($id: ID!) { meeting(id: $id) { version } }`,
    { id: board },
  );
  await director.request(
    `mutation ($input: MeetingStepInput!) { sendAgendaToDirectors(input: $input) { id } }`,
    { input: { meetingId: board, expectedVersion: meeting.version } },
  );
  const items = await sql.query<{ id: string }>(
    `SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
    [board],
  );
  for (const [g, gemeente] of GEMEENTEN.entries()) {
    const secretary = await as(`gemeentesecretaris@${gemeente}.example`);
    for (const [n, item] of items.rows.entries()) {
      await secretary.request(`mutation ($input: WriteReviewInput!) { writeReview(input: $input) { id } }`, {
        input: {
          agendaItemId: item.id,
          municipalityId: ids.municipalities[gemeente],
          visibility: (n + g) % 2 === 0 ? 'OWN_MUNICIPALITY' : 'SHARED',
          text: 'Aandachtspunt voor het college: de financiële gevolgen voor onze gemeente bespreken.',
        },
      });
    }
  }
  return fixture(board);
}

const TASKS = 150;

/** Bladel's dashboard holds a few years of follow-up work: enough open tasks to fill pages of 100. */
async function ensureTaskBacklog(
  sql: Client,
  baseUrl: string,
  organisationId: string,
  municipalityId: string,
) {
  const { rows } = await sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM task WHERE municipality_id = $1 AND title LIKE 'Benchmarktaak %'`,
    [municipalityId],
  );
  const director = await GraphqlClient.signIn(baseUrl, 'directeur@kempengemeenten.example');
  for (let n = Number(rows[0]?.n ?? 0) + 1; n <= TASKS; n++) {
    const dueOn = new Date(Date.now() + (n - 40) * 3 * 86_400_000).toISOString().slice(0, 10);
    await director.request(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: {
        organisationId,
        municipalityId,
        title: `Benchmarktaak ${n}: uitvoering besluit regionale samenwerking`,
        description: 'Het besluit uitvoeren en de raad informeren.',
        dueOn,
        confidentiality: 'PUBLIC',
        origin: 'MUNICIPAL_REQUEST',
      },
    });
  }
}

async function createMeeting(director: GraphqlClient, bodyId: string, title: string, startsAt: Date) {
  const { createMeeting } = await director.request<{ createMeeting: { id: string } }>(
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
    { input: { bodyId, title, startsAt: startsAt.toISOString(), confidentiality: 'PUBLIC' } },
  );
  return createMeeting.id;
}

async function lookUp(sql: Client) {
  const one = async (query: string, params: unknown[] = []) => {
    const { rows } = await sql.query<{ id: string }>(query, params);
    if (!rows[0]) throw new Error(`the demo data lacks: ${query}`);
    return rows[0].id;
  };
  const organisationId = await one(`SELECT id FROM organisation WHERE name = 'Kempengemeenten'`);
  const portfolioId = await one(
    `SELECT id FROM portfolio WHERE organisation_id = $1 AND name LIKE 'Maatschappelijke%'`,
    [organisationId],
  );
  const municipalities: Record<string, string> = {};
  for (const gemeente of GEMEENTEN) {
    municipalities[gemeente] = await one(
      `SELECT municipality_id AS id FROM membership JOIN person ON person.id = membership.person_id
        WHERE lower(person.email) = $1 AND membership.municipality_id IS NOT NULL LIMIT 1`,
      [`gemeentesecretaris@${gemeente}.example`],
    );
  }
  return {
    organisationId,
    portfolioId,
    municipalities,
    boardId: await one(`SELECT id FROM body WHERE organisation_id = $1 AND kind = 'EXECUTIVE_BOARD'`, [
      organisationId,
    ]),
    committeeId: await one(`SELECT id FROM body WHERE kind = 'COMMITTEE' AND portfolio_id = $1`, [
      portfolioId,
    ]),
  };
}
