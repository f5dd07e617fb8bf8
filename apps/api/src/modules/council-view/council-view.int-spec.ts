import { aFreeCbsCode } from '../../test/builders/structure.builders';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aBoard, type Board } from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const START = `mutation ($input: StartCouncilViewProcedureInput!) {
  startCouncilViewProcedure(input: $input) { id status deadlineOn views { municipalityId status submittedOn } } }`;
const RECORD_VIEW = `mutation ($input: RecordCouncilViewInput!) {
  recordCouncilView(input: $input) { municipalityId status submittedOn summary } }`;
const REACT = `mutation ($input: RecordCouncilViewReactionInput!) {
  recordCouncilViewReaction(input: $input) { status reaction reactedOn } }`;

type Started = {
  startCouncilViewProcedure: { id: string; views: { municipalityId: string; status: string }[] };
};

describe('zienswijzeprocedures', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Bergeijk', 'Bladel', 'Eersel').create(api.dataSource);
  });
  afterAll(() => api.close());

  const startInput = (extra: Record<string, unknown> = {}) => ({
    organisationId: board.organisation.id,
    bodyId: board.body.id,
    subject: 'DRAFT_BUDGET',
    title: 'Ontwerpbegroting 2027',
    sentOn: '2026-04-15',
    deadlineOn: '2026-07-08',
    ...extra,
  });
  const start = async (extra: Record<string, unknown> = {}) =>
    (await graphqlRequest<Started>(api.server, START, { input: startInput(extra) })).data
      ?.startCouncilViewProcedure as Started['startCouncilViewProcedure'];

  it('awaits a view from the raad of every participating gemeente', async () => {
    const procedure = await start();
    expect(procedure.views.map((view) => [view.municipalityId, view.status]).sort()).toEqual(
      board.municipalities.map((m) => [m.id, 'AWAITED']).sort(),
    );
  });

  it('leaves out a gemeente that joins after the procedure was sent', async () => {
    const own = await aBoard().create(api.dataSource);
    const [joiner] = await api.dataSource.query(
      `INSERT INTO municipality (name, cbs_code, inhabitants) VALUES ('Nieuwkomer', $1, 1000) RETURNING id`,
      [await aFreeCbsCode(api.dataSource)],
    );
    await api.dataSource.query(
      `INSERT INTO participation (organisation_id, municipality_id, starts_on) VALUES ($1, $2, '2026-05-01')`,
      [own.organisation.id, joiner.id],
    );
    const procedure = await start({ organisationId: own.organisation.id, bodyId: own.body.id });
    expect(procedure.views.map((view) => view.municipalityId).sort()).toEqual(
      own.municipalities.map((m) => m.id).sort(),
    );
  });

  it('refuses a procedure when no gemeente takes part on the day it is sent', async () => {
    const response = await graphqlRequest(api.server, START, {
      input: startInput({ sentOn: '2009-06-01', deadlineOn: '2009-08-24' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'sentOn', message: 'no gemeente takes part in the organisation on this day' }],
    });
  });

  it('refuses a deadline before the day it is sent', async () => {
    const response = await graphqlRequest(api.server, START, {
      input: startInput({ deadlineOn: '2026-04-14' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'deadlineOn', message: 'must not be before sentOn' }],
    });
  });

  it('names every invalid field', async () => {
    const response = await graphqlRequest(api.server, START, {
      input: startInput({ title: '', sentOn: '2026-13-01', proposalId: 'abc' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'proposalId', message: 'must be a UUID' },
        { field: 'title', message: 'must not be empty' },
        { field: 'sentOn', message: 'sentOn must be a date written as yyyy-mm-dd' },
      ],
    });
  });

  it('answers a body of another organisation with NOT_FOUND', async () => {
    const other = await aBoard().create(api.dataSource);
    const response = await graphqlRequest(api.server, START, {
      input: startInput({ bodyId: other.body.id }),
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Body not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it("records a raad's view", async () => {
    const procedure = await start();
    const response = await graphqlRequest<{ recordCouncilView: unknown }>(api.server, RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: board.municipalities[1]?.id,
        status: 'SUBMITTED',
        submittedOn: '2026-06-20',
        summary: 'De raad vraagt om een lagere bijdrage.',
      },
    });
    expect(response.data?.recordCouncilView).toEqual({
      municipalityId: board.municipalities[1]?.id,
      status: 'SUBMITTED',
      submittedOn: '2026-06-20',
      summary: 'De raad vraagt om een lagere bijdrage.',
    });
  });

  it('refuses AWAITED as a recorded view', async () => {
    const procedure = await start();
    const response = await graphqlRequest(api.server, RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: board.municipalities[0]?.id,
        status: 'AWAITED',
        submittedOn: '2026-06-20',
      },
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'status', message: 'must be SUBMITTED or NO_VIEW' },
    ]);
  });

  it('answers a gemeente without a view in the procedure with NOT_FOUND', async () => {
    const procedure = await start();
    const other = await aBoard().create(api.dataSource);
    const response = await graphqlRequest(api.server, RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: other.municipalities[0]?.id,
        status: 'NO_VIEW',
        submittedOn: '2026-06-20',
      },
    });
    expect(response.errors?.[0]?.message).toBe('CouncilView not found');
  });

  it("closes the procedure with the board's reaction", async () => {
    const procedure = await start();
    const response = await graphqlRequest<{ recordCouncilViewReaction: unknown }>(api.server, REACT, {
      input: {
        procedureId: procedure.id,
        reaction: 'Het DB neemt de zienswijzen over.',
        reactedOn: '2026-07-10',
      },
    });
    expect(response.data?.recordCouncilViewReaction).toEqual({
      status: 'CLOSED',
      reaction: 'Het DB neemt de zienswijzen over.',
      reactedOn: '2026-07-10',
    });
  });

  it('refuses a view once the procedure is closed', async () => {
    const procedure = await start();
    await graphqlRequest(api.server, REACT, {
      input: { procedureId: procedure.id, reaction: 'Reactie', reactedOn: '2026-07-10' },
    });
    const late = await graphqlRequest(api.server, RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: board.municipalities[0]?.id,
        status: 'SUBMITTED',
        submittedOn: '2026-07-11',
      },
    });
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses a second reaction', async () => {
    const procedure = await start();
    const input = { procedureId: procedure.id, reaction: 'Reactie', reactedOn: '2026-07-10' };
    await graphqlRequest(api.server, REACT, { input });
    const second = await graphqlRequest(api.server, REACT, { input });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('lists the procedures of an organisation by deadline, page by page', async () => {
    const own = await aBoard().create(api.dataSource);
    for (const deadlineOn of ['2026-09-01', '2026-07-01', '2026-08-01']) {
      await graphqlRequest(api.server, START, {
        input: { ...startInput(), organisationId: own.organisation.id, bodyId: own.body.id, deadlineOn },
      });
    }
    const query = `query ($id: ID!, $after: String) { councilViewProcedures(organisationId: $id, first: 2, after: $after) {
      nodes { deadlineOn views { status } } pageInfo { endCursor } } }`;
    type Page = {
      councilViewProcedures: { nodes: { deadlineOn: string }[]; pageInfo: { endCursor: string } };
    };
    const first = await graphqlRequest<Page>(api.server, query, { id: own.organisation.id });
    const second = await graphqlRequest<Page>(api.server, query, {
      id: own.organisation.id,
      after: first.data?.councilViewProcedures.pageInfo.endCursor,
    });
    expect(
      [
        ...(first.data?.councilViewProcedures.nodes ?? []),
        ...(second.data?.councilViewProcedures.nodes ?? []),
      ].map((n) => n.deadlineOn),
    ).toEqual(['2026-07-01', '2026-08-01', '2026-09-01']);
  });

  it('answers an unknown procedure with NOT_FOUND', async () => {
    const response = await graphqlRequest(
      api.server,
      `query ($id: ID!) { councilViewProcedure(id: $id) { id } }`,
      {
        id: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('finds one procedure with its views', async () => {
    const procedure = await start();
    const response = await graphqlRequest<{ councilViewProcedure: { views: unknown[] } }>(
      api.server,
      `query ($id: ID!) { councilViewProcedure(id: $id) { views { status } } }`,
      { id: procedure.id },
    );
    expect(response.data?.councilViewProcedure.views).toHaveLength(3);
  });
});
