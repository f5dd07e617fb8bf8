import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aFreeCbsCode } from '../../test/builders/structure.builders';
import { aBoard, type Board } from '../../test/builders/decision.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const START = `mutation ($input: StartCouncilViewProcedureInput!) {
  startCouncilViewProcedure(input: $input) { id status deadlineOn views { municipalityId status submittedOn } } }`;
const RECORD_VIEW = `mutation ($input: RecordCouncilViewInput!) {
  recordCouncilView(input: $input) { municipalityId status submittedOn summary } }`;
const REACT = `mutation ($input: RecordCouncilViewReactionInput!) {
  recordCouncilViewReaction(input: $input) { status reaction reactedOn } }`;
const ONE = `query ($id: ID!) { councilViewProcedure(id: $id) { id views { status } } }`;
const LIST = `query ($id: ID!, $after: String) { councilViewProcedures(organisationId: $id, first: 2, after: $after) {
  nodes { deadlineOn views { status } } pageInfo { endCursor } totalCount } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Started = {
  startCouncilViewProcedure: { id: string; views: { municipalityId: string; status: string }[] };
};
type Page = {
  councilViewProcedures: {
    nodes: { deadlineOn: string; views: { status: string }[] }[];
    pageInfo: { endCursor: string };
    totalCount: number;
  };
};
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('zienswijzeprocedures', () => {
  let api: TestApp;
  let board: Board;
  /** the DB's secretary, who sends procedures and records the DB's reaction */
  let secretary: SignedInMember;
  /** a DB member acting for the board's second gemeente, who records that raad's view */
  let forBladel: SignedInMember;

  const secretaryOf = (of: Board) =>
    aSignedInMember(api.dataSource, api.server, of.organisation.id, MembershipRole.SECRETARY, (m) =>
      m.inBody(of.body.id),
    );
  const actingFor = (of: Board, municipalityId: string) =>
    aSignedInMember(api.dataSource, api.server, of.organisation.id, MembershipRole.MEMBER, (m) =>
      m.inBody(of.body.id).forMunicipality(municipalityId),
    );

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Bergeijk', 'Bladel', 'Eersel').create(api.dataSource);
    secretary = await secretaryOf(board);
    forBladel = await actingFor(board, board.municipalities[1]?.id as string);
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
  const start = async (extra: Record<string, unknown> = {}, as = secretary) =>
    (await as.request<Started>(START, { input: startInput(extra) })).data
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
    const procedure = await start(
      { organisationId: own.organisation.id, bodyId: own.body.id },
      await secretaryOf(own),
    );
    expect(procedure.views.map((view) => view.municipalityId).sort()).toEqual(
      own.municipalities.map((m) => m.id).sort(),
    );
  });

  it('refuses a procedure when no gemeente takes part on the day it is sent', async () => {
    const response = await secretary.request(START, {
      input: startInput({ sentOn: '2009-06-01', deadlineOn: '2009-08-24' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'sentOn', message: 'no gemeente takes part in the organisation on this day' }],
    });
  });

  it('refuses a deadline shorter than the legal term', async () => {
    const response = await secretary.request(START, {
      input: startInput({ deadlineOn: '2026-07-07' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'deadlineOn', message: 'must give the raden at least 12 weeks: not before 2026-07-08' },
      ],
    });
  });

  it('computes the legal deadline when none is given, and shows how many days are left', async () => {
    const response = await secretary.request<{
      startCouncilViewProcedure: { deadlineOn: string; daysLeft: number; overdue: boolean };
    }>(
      `mutation ($input: StartCouncilViewProcedureInput!) {
        startCouncilViewProcedure(input: $input) { deadlineOn daysLeft overdue } }`,
      { input: startInput({ subject: 'ARRANGEMENT_CHANGE', sentOn: '2026-03-02', deadlineOn: undefined }) },
    );
    const started = response.data?.startCouncilViewProcedure;
    expect(
      started && { deadlineOn: started.deadlineOn, passed: started.daysLeft < 0, overdue: started.overdue },
    ).toEqual({ deadlineOn: '2026-04-27', passed: true, overdue: true });
  });

  it('names every invalid field', async () => {
    const response = await secretary.request(START, {
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
    const response = await secretary.request(START, {
      input: startInput({ bodyId: other.body.id }),
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Body not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it("records a raad's view", async () => {
    const procedure = await start();
    const response = await forBladel.request<{ recordCouncilView: unknown }>(RECORD_VIEW, {
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
    const response = await forBladel.request(RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: board.municipalities[1]?.id,
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
    const response = await forBladel.request(RECORD_VIEW, {
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
    const response = await secretary.request<{ recordCouncilViewReaction: unknown }>(REACT, {
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
    await secretary.request(REACT, {
      input: { procedureId: procedure.id, reaction: 'Reactie', reactedOn: '2026-07-10' },
    });
    const late = await forBladel.request(RECORD_VIEW, {
      input: {
        procedureId: procedure.id,
        municipalityId: board.municipalities[1]?.id,
        status: 'SUBMITTED',
        submittedOn: '2026-07-11',
      },
    });
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses a second reaction', async () => {
    const procedure = await start();
    const input = { procedureId: procedure.id, reaction: 'Reactie', reactedOn: '2026-07-10' };
    await secretary.request(REACT, { input });
    const second = await secretary.request(REACT, { input });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('lists the procedures of an organisation by deadline, page by page, with their count', async () => {
    const own = await aBoard().create(api.dataSource);
    const ownSecretary = await secretaryOf(own);
    for (const deadlineOn of ['2026-09-01', '2026-07-08', '2026-08-01']) {
      await start({ organisationId: own.organisation.id, bodyId: own.body.id, deadlineOn }, ownSecretary);
    }
    const first = await ownSecretary.request<Page>(LIST, { id: own.organisation.id });
    const second = await ownSecretary.request<Page>(LIST, {
      id: own.organisation.id,
      after: first.data?.councilViewProcedures.pageInfo.endCursor,
    });
    expect({
      deadlines: [
        ...(first.data?.councilViewProcedures.nodes ?? []),
        ...(second.data?.councilViewProcedures.nodes ?? []),
      ].map((n) => n.deadlineOn),
      totalCount: first.data?.councilViewProcedures.totalCount,
    }).toEqual({ deadlines: ['2026-07-08', '2026-08-01', '2026-09-01'], totalCount: 3 });
  });

  it('answers an unknown procedure with NOT_FOUND', async () => {
    const response = await secretary.request(ONE, { id: MISSING });
    expect(code(response)).toBe('NOT_FOUND');
  });

  it('shows every member of the organisation one procedure with the views of all raden', async () => {
    const procedure = await start();
    const response = await forBladel.request<{ councilViewProcedure: { views: unknown[] } }>(ONE, {
      id: procedure.id,
    });
    expect(response.data?.councilViewProcedure.views).toHaveLength(3);
  });

  describe('who may', () => {
    let outsider: SignedInMember;
    let procedureId: string;

    beforeAll(async () => {
      const other = await aBoard().create(api.dataSource);
      outsider = await secretaryOf(other);
      procedureId = (await start()).id;
    });

    it('asks a visitor without a session to sign in', async () => {
      const response = await graphqlRequest(api.server, LIST, { id: board.organisation.id });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('answers a person of another organisation NOT_FOUND by id, exactly as for a missing procedure', async () => {
      const [refused, missing] = [
        await outsider.request(ONE, { id: procedureId }),
        await outsider.request(ONE, { id: MISSING }),
      ];
      expect(refused.errors?.[0]).toEqual(missing.errors?.[0]);
    });

    it('lists nothing, and counts nothing, of another organisation', async () => {
      const response = await outsider.request<Page>(LIST, { id: board.organisation.id });
      expect(response.data?.councilViewProcedures).toMatchObject({ nodes: [], totalCount: 0 });
    });

    it("refuses another organisation's procedure, body and raad views with NOT_FOUND", async () => {
      const responses = [
        await outsider.request(START, { input: startInput() }),
        await outsider.request(REACT, {
          input: { procedureId, reaction: 'Reactie', reactedOn: '2026-07-10' },
        }),
        await outsider.request(RECORD_VIEW, {
          input: {
            procedureId,
            municipalityId: board.municipalities[0]?.id,
            status: 'NO_VIEW',
            submittedOn: '2026-06-20',
          },
        }),
      ];
      expect(responses.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it('lets a member who reads procedures neither start one nor react to the views', async () => {
      const responses = [
        await forBladel.request(START, { input: startInput() }),
        await forBladel.request(REACT, {
          input: { procedureId, reaction: 'Reactie', reactedOn: '2026-07-10' },
        }),
      ];
      expect(responses.map(code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });

    it("lets only those acting for a gemeente record its raad's view", async () => {
      const response = await forBladel.request(RECORD_VIEW, {
        input: {
          procedureId,
          municipalityId: board.municipalities[0]?.id,
          status: 'SUBMITTED',
          submittedOn: '2026-06-20',
        },
      });
      expect(code(response)).toBe('FORBIDDEN');
    });

    it('records who started a procedure in the audit trail', async () => {
      const rows: { actor_id: string }[] = await api.dataSource.query(
        `SELECT actor_id FROM audit_entry WHERE action = 'startCouncilViewProcedure' AND subject_id = $1`,
        [procedureId],
      );
      expect(rows).toEqual([{ actor_id: secretary.personId }]);
    });
  });
});
