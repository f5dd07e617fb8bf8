import { BodyKind, DecisionOutcome, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBoard, aDecision, anAgendaItem, type Board } from '../../test/builders/decision.builders';
import { aBody } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const ASSIGN = `mutation ($input: AssignFollowUpTasksInput!) {
  assignFollowUpTasks(input: $input) {
    id municipalityId forOrganisation requestedByMunicipalityIds origin decisionId bodyId confidentiality late } }`;
const TASK = `query ($id: ID!) { task(id: $id) { id } }`;
const TASKS = `query ($municipalityId: ID) { tasks(municipalityId: $municipalityId, first: 50) { nodes { id } } }`;
const DASHBOARD = `query ($id: ID!) { taskSummary(municipalityId: $id) {
  open late done byAssignee { assigneeId open late done tasks { title late } } } }`;

type Assigned = {
  assignFollowUpTasks: {
    id: string;
    municipalityId: string | null;
    forOrganisation: boolean;
    requestedByMunicipalityIds: string[];
    origin: string;
    decisionId: string;
    bodyId: string;
    confidentiality: string;
    late: boolean;
  }[];
};

describe('follow-up tasks of a decision', () => {
  let api: TestApp;
  let board: Board;
  let director: SignedInMember;
  let dbMember: SignedInMember;
  /** gemeentesecretarissen of Bladel (A) and Eersel (B) */
  let bladel: SignedInMember;
  let eersel: SignedInMember;

  async function actingFor(municipalityIndex: number): Promise<SignedInMember> {
    const meeting = await aBody(board.organisation.id, BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    return aSignedInMember(api.dataSource, api.server, board.organisation.id, MembershipRole.MEMBER, (m) =>
      m.inBody(meeting.id).forMunicipality(gemeente(municipalityIndex)),
    );
  }
  const gemeente = (index: number) => board.municipalities[index]?.id as string;
  const code = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['code'];
  async function anAdoptedDecision(limitedTo: string[] = [], outcome = DecisionOutcome.ADOPTED) {
    const item = await anAgendaItem(board)
      .limitedTo(...limitedTo)
      .create(api.dataSource);
    return aDecision(item).withOutcome(outcome).create(api.dataSource);
  }
  const input = (decisionId: string, extra: Record<string, unknown> = {}) => ({
    decisionId,
    title: 'Pas de verordening aan',
    dueOn: '2099-03-01',
    municipalityIds: [gemeente(0), gemeente(1)],
    ...extra,
  });

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Bladel', 'Eersel').create(api.dataSource);
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
    dbMember = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(board.body.id),
    );
    bladel = await actingFor(0);
    eersel = await actingFor(1);
  });
  afterAll(() => api.close());

  it('gives each gemeente one task following the decision, and the same tasks when assigned again', async () => {
    const decision = await anAdoptedDecision();
    const first = await director.request<Assigned>(ASSIGN, { input: input(decision.id) });
    const again = await director.request<Assigned>(ASSIGN, { input: input(decision.id) });
    const [{ count }] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM task WHERE decision_id = $1',
      [decision.id],
    );
    const tasks = first.data?.assignFollowUpTasks ?? [];
    expect({
      tasks: tasks.map(({ id: _id, ...task }) => task),
      againIds: again.data?.assignFollowUpTasks.map((task) => task.id),
      count,
    }).toEqual({
      tasks: [0, 1].map((index) => ({
        municipalityId: gemeente(index),
        forOrganisation: false,
        requestedByMunicipalityIds: [],
        origin: 'DECISION',
        decisionId: decision.id,
        bodyId: board.body.id,
        confidentiality: 'PUBLIC',
        late: false,
      })),
      againIds: tasks.map((task) => task.id),
      count: 2,
    });
  });

  it('gives the organisation one joint task that the requesting gemeenten see', async () => {
    const decision = await anAdoptedDecision();
    const response = await director.request<Assigned>(ASSIGN, {
      input: input(decision.id, { forOrganisation: true, municipalityIds: [gemeente(0)] }),
    });
    const [task] = response.data?.assignFollowUpTasks ?? [];
    const seenByBladel = await bladel.request(TASK, { id: task?.id });
    const seenByEersel = await eersel.request(TASK, { id: task?.id });
    expect({
      count: response.data?.assignFollowUpTasks.length,
      task: { ...task, id: undefined },
      bladel: seenByBladel.data,
      eersel: code(seenByEersel),
    }).toEqual({
      count: 1,
      task: {
        id: undefined,
        municipalityId: null,
        forOrganisation: true,
        requestedByMunicipalityIds: [gemeente(0)],
        origin: 'JOINT_ASSIGNMENT',
        decisionId: decision.id,
        bodyId: board.body.id,
        confidentiality: 'PUBLIC',
        late: false,
      },
      bladel: { task: { id: task?.id } },
      eersel: 'NOT_FOUND',
    });
  });

  it('refuses anyone but the director, a decision not adopted, and gemeenten outside a limited decision', async () => {
    const adopted = await anAdoptedDecision();
    const rejected = await anAdoptedDecision([], DecisionOutcome.REJECTED);
    const limited = await anAdoptedDecision([gemeente(0)]);
    const byMember = await dbMember.request(ASSIGN, { input: input(adopted.id) });
    const notAdopted = await director.request(ASSIGN, { input: input(rejected.id) });
    const outside = await director.request(ASSIGN, { input: input(limited.id) });
    const [{ count }] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM task WHERE decision_id = ANY($1)',
      [[adopted.id, rejected.id, limited.id]],
    );
    expect({
      byMember: code(byMember),
      notAdopted: code(notAdopted),
      outside: outside.errors?.[0]?.extensions,
      count,
    }).toEqual({
      byMember: 'FORBIDDEN',
      notAdopted: 'CONFLICT',
      outside: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'municipalityIds', message: `not concerned by the decision: ${gemeente(1)}` }],
      },
      count: 0,
    });
  });

  it('shows a gemeente who does what, with late tasks, and nothing of it to another gemeente', async () => {
    // a fresh organisation, so that only this test's tasks are counted (the helpers read `board`)
    const own = await aBoard().withMunicipalities('Reusel', 'Bergeijk').create(api.dataSource);
    board = own;
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      own.organisation.id,
      MembershipRole.DIRECTOR,
    );
    const reusel = await actingFor(0);
    const bergeijk = await actingFor(1);
    const limited = await anAdoptedDecision([gemeente(0)]);
    const late = await director.request<Assigned>(ASSIGN, {
      input: input(limited.id, {
        title: 'Stel het uitvoeringsplan op',
        dueOn: '2020-01-01',
        municipalityIds: [gemeente(0)],
      }),
    });
    const later = await director.request<Assigned>(ASSIGN, {
      input: input(limited.id, { title: 'Informeer de raad', municipalityIds: [gemeente(0)] }),
    });
    const done = await director.request<Assigned>(ASSIGN, {
      input: input(limited.id, { title: 'Wijs een contactpersoon aan', municipalityIds: [gemeente(0)] }),
    });
    await api.dataSource.query('UPDATE task SET assignee_id = $1 WHERE id = ANY($2)', [
      reusel.personId,
      [later.data?.assignFollowUpTasks[0]?.id, done.data?.assignFollowUpTasks[0]?.id],
    ]);
    await api.dataSource.query(`UPDATE task SET status = 'DONE', completed_at = now() WHERE id = $1`, [
      done.data?.assignFollowUpTasks[0]?.id,
    ]);
    const dashboard = await reusel.request(DASHBOARD, { id: gemeente(0) });
    const otherDashboard = await bergeijk.request(DASHBOARD, { id: gemeente(0) });
    const otherList = await bergeijk.request(TASKS, { municipalityId: gemeente(0) });
    const otherTask = await bergeijk.request(TASK, { id: late.data?.assignFollowUpTasks[0]?.id });
    expect({
      lateFlag: late.data?.assignFollowUpTasks[0]?.late,
      dashboard: dashboard.data,
      otherDashboard: otherDashboard.data,
      otherList: otherList.data,
      otherTask: code(otherTask),
    }).toEqual({
      lateFlag: true,
      dashboard: {
        taskSummary: {
          open: 2,
          late: 1,
          done: 1,
          byAssignee: [
            {
              assigneeId: null,
              open: 1,
              late: 1,
              done: 0,
              tasks: [{ title: 'Stel het uitvoeringsplan op', late: true }],
            },
            {
              assigneeId: reusel.personId,
              open: 1,
              late: 0,
              done: 1,
              tasks: [{ title: 'Informeer de raad', late: false }],
            },
          ],
        },
      },
      otherDashboard: { taskSummary: { open: 0, late: 0, done: 0, byAssignee: [] } },
      otherList: { tasks: { nodes: [] } },
      otherTask: 'NOT_FOUND',
    });
  });
});
