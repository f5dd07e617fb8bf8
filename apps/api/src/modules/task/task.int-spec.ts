import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole, TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { aBoard, aDecision, anAgendaItem, aTask, type Board } from '../../test/builders/decision.builders';
import { aBody } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id status municipalityId forOrganisation bodyId requestedByMunicipalityIds version late } }`;
const UPDATE = `mutation ($input: UpdateTaskStatusInput!) {
  updateTaskStatus(input: $input) { status completedAt completedById version } }`;
const TASK = `query ($id: ID!) { task(id: $id) { id } }`;
const SUMMARY = `query ($id: ID!) { taskSummary(municipalityId: $id) { open inProgress late done } }`;
const TASKS = `query ($municipalityId: ID, $status: [TaskStatus!], $dueBefore: String, $dueAfter: String, $late: Boolean, $after: String) {
  tasks(municipalityId: $municipalityId, status: $status, dueBefore: $dueBefore, dueAfter: $dueAfter, late: $late,
        first: 2, after: $after) { nodes { title dueOn late } pageInfo { endCursor hasNextPage } totalCount } }`;

type TasksPage = {
  tasks: {
    nodes: { title: string; dueOn: string; late: boolean }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

describe('tasks', () => {
  let api: TestApp;
  let board: Board;
  /** gemeentesecretarissen of Bladel and Eersel, the director, and a DB member acting for no gemeente */
  let bladel: SignedInMember;
  let eersel: SignedInMember;
  let director: SignedInMember;
  let dbMember: SignedInMember;

  /** A person acting for one gemeente of the organisation: its gemeentesecretaris in the directors' meeting. */
  async function actingFor(of: Board, municipalityIndex: number): Promise<SignedInMember> {
    const meeting = await aBody(of.organisation.id, BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    return aSignedInMember(api.dataSource, api.server, of.organisation.id, MembershipRole.MEMBER, (m) =>
      m.inBody(meeting.id).forMunicipality(of.municipalities[municipalityIndex]?.id as string),
    );
  }

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Bladel', 'Eersel').create(api.dataSource);
    bladel = await actingFor(board, 0);
    eersel = await actingFor(board, 1);
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
  });
  afterAll(() => api.close());

  const gemeente = (index: number) => board.municipalities[index]?.id as string;
  const input = (extra: Record<string, unknown> = {}) => ({
    organisationId: board.organisation.id,
    municipalityId: gemeente(0),
    title: 'Bespreek DB-agenda in college',
    dueOn: '2026-06-01',
    origin: 'AGENDA_PUBLICATION',
    confidentiality: 'PUBLIC',
    ...extra,
  });

  describe('createTask', () => {
    it('creates an open task for a gemeente', async () => {
      const response = await bladel.request<{ createTask: Record<string, unknown> }>(CREATE, {
        input: input(),
      });
      expect(response.data?.createTask).toMatchObject({
        status: 'OPEN',
        municipalityId: gemeente(0),
        forOrganisation: false,
        version: 1,
      });
    });

    it('creates a joint assignment for the organisation, asked by both gemeenten', async () => {
      const response = await director.request<{ createTask: Record<string, unknown> }>(CREATE, {
        input: input({
          municipalityId: undefined,
          forOrganisation: true,
          origin: 'JOINT_ASSIGNMENT',
          requestedByMunicipalityIds: [gemeente(0), gemeente(1)],
        }),
      });
      expect(response.data?.createTask).toMatchObject({
        municipalityId: null,
        forOrganisation: true,
        requestedByMunicipalityIds: [gemeente(0), gemeente(1)],
      });
    });

    it('takes the board from the decision it follows', async () => {
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const response = await director.request<{ createTask: { bodyId: string } }>(CREATE, {
        input: input({ decisionId: decision.id, origin: 'DECISION' }),
      });
      expect(response.data?.createTask.bodyId).toBe(board.body.id);
    });

    it('refuses a task for both a gemeente and the organisation', async () => {
      const response = await bladel.request(CREATE, { input: input({ forOrganisation: true }) });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'municipalityId', message: 'give either a gemeente or forOrganisation: true, not both' },
        ],
      });
    });

    it('refuses a gemeente that does not take part in the organisation', async () => {
      const other = await aBoard().create(api.dataSource);
      const response = await director.request(CREATE, {
        input: input({ municipalityId: other.municipalities[0]?.id }),
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'municipalityId', message: 'must be a gemeente taking part in the organisation' }],
      });
    });

    it('names every invalid field', async () => {
      const response = await bladel.request(CREATE, {
        input: input({ title: '', dueOn: '01-06-2026', confidentiality: 'SECRET' }),
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'title', message: 'must not be empty' },
          { field: 'dueOn', message: 'dueOn must be a date written as yyyy-mm-dd' },
          {
            field: 'confidentiality',
            message: 'must be PUBLIC or CONFIDENTIAL: a task cannot carry geheimhouding',
          },
        ],
      });
    });

    it('answers an unknown assignee with NOT_FOUND', async () => {
      const response = await bladel.request(CREATE, {
        input: input({ assigneeId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Person not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('records the signed-in person as creator, in the task and the audit trail', async () => {
      const response = await bladel.request<{ createTask: { id: string } }>(CREATE, { input: input() });
      const id = response.data?.createTask.id;
      const [task] = await api.dataSource.query(`SELECT created_by_id FROM task WHERE id = $1`, [id]);
      const entries = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
        id,
      ]);
      expect({ task, entries }).toEqual({
        task: { created_by_id: bladel.personId },
        entries: [{ actor_id: bladel.personId }],
      });
    });

    it('no longer takes the creator from the input', async () => {
      const response = await bladel.request(CREATE, { input: input({ createdById: bladel.personId }) });
      expect(response.errors?.[0]?.message).toMatch(/Field "createdById" is not defined/);
    });

    it('refuses Eersel a task for Bladel (FORBIDDEN) and writes nothing', async () => {
      const title = `Niet van Eersel ${Date.now()}`;
      const response = await eersel.request(CREATE, { input: input({ title }) });
      const rows = await api.dataSource.query(`SELECT id FROM task WHERE title = $1`, [title]);
      expect({ code: response.errors?.[0]?.extensions?.['code'], rows }).toEqual({
        code: 'FORBIDDEN',
        rows: [],
      });
    });

    it("answers another organisation's person using this decision with NOT_FOUND", async () => {
      const other = await aBoard().create(api.dataSource);
      const stranger = await aSignedInMember(
        api.dataSource,
        api.server,
        other.organisation.id,
        MembershipRole.DIRECTOR,
      );
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const response = await stranger.request(CREATE, {
        input: input({
          organisationId: other.organisation.id,
          municipalityId: other.municipalities[0]?.id,
          decisionId: decision.id,
        }),
      });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Decision not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('refuses a visitor without a session', async () => {
      const response = await graphqlRequest(api.server, CREATE, { input: input() });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateTaskStatus', () => {
    it('records the signed-in person as who completed a task, and when', async () => {
      const task = await aTask(board).create(api.dataSource);
      const response = await bladel.request<{ updateTaskStatus: Record<string, unknown> }>(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'DONE' },
      });
      expect(response.data?.updateTaskStatus).toMatchObject({
        status: 'DONE',
        completedById: bladel.personId,
        completedAt: expect.any(String),
        version: 2,
      });
    });

    it('clears the completion when a done task is reopened', async () => {
      const task = await aTask(board).withStatus(TaskStatus.DONE).create(api.dataSource);
      const response = await bladel.request<{ updateTaskStatus: Record<string, unknown> }>(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
      });
      expect(response.data?.updateTaskStatus).toMatchObject({ completedAt: null, completedById: null });
    });

    it('refuses a stale version and keeps the newer status', async () => {
      const task = await aTask(board).create(api.dataSource);
      await bladel.request(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
      });
      const stale = await director.request(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'CANCELLED' },
      });
      const rows = await api.dataSource.query(`SELECT status FROM task WHERE id = $1`, [task.id]);
      expect({ error: stale.errors?.[0]?.message, rows }).toEqual({
        error: 'Task was changed by someone else; reload and try again',
        rows: [{ status: 'IN_PROGRESS' }],
      });
    });

    it('answers an unknown task with NOT_FOUND', async () => {
      const response = await bladel.request(UPDATE, {
        input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, status: 'DONE' },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('records the change in the audit trail', async () => {
      const task = await aTask(board).create(api.dataSource);
      await bladel.request(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
      });
      const entries = await api.dataSource.query(
        `SELECT action, actor_id, details FROM audit_entry WHERE subject_id = $1`,
        [task.id],
      );
      expect(entries).toEqual([
        {
          action: 'updateTaskStatus',
          actor_id: bladel.personId,
          details: { from: 'OPEN', to: 'IN_PROGRESS' },
        },
      ]);
    });

    it("answers Eersel changing Bladel's task with NOT_FOUND, as for an unknown task, and keeps it", async () => {
      const task = await aTask(board).create(api.dataSource);
      const response = await eersel.request(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'CANCELLED' },
      });
      const rows = await api.dataSource.query(`SELECT status FROM task WHERE id = $1`, [task.id]);
      expect({ error: response.errors?.[0], rows }).toEqual({
        error: expect.objectContaining({ message: 'Task not found', extensions: { code: 'NOT_FOUND' } }),
        rows: [{ status: 'OPEN' }],
      });
    });

    it('refuses a DB member who sees the task but acts for no gemeente (FORBIDDEN)', async () => {
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const task = await aTask(board).following(decision).create(api.dataSource);
      const seen = await dbMember.request(TASK, { id: task.id });
      const response = await dbMember.request(UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'DONE' },
      });
      expect({ seen: seen.data, code: response.errors?.[0]?.extensions?.['code'] }).toEqual({
        seen: { task: { id: task.id } },
        code: 'FORBIDDEN',
      });
    });

    it('refuses a visitor without a session', async () => {
      const task = await aTask(board).create(api.dataSource);
      const response = await graphqlRequest(api.server, UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'DONE' },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('queries', () => {
    it("pages through a gemeente's tasks by due day", async () => {
      const own = await aBoard().create(api.dataSource);
      const secretary = await actingFor(own, 0);
      for (const day of ['2026-05-03', '2026-05-01', '2026-05-02']) {
        await aTask(own).titled(`Actie ${day}`).due(day).create(api.dataSource);
      }
      const variables = { municipalityId: own.municipalities[0]?.id };
      const first = await secretary.request<TasksPage>(TASKS, variables);
      const second = await secretary.request<TasksPage>(TASKS, {
        ...variables,
        after: first.data?.tasks.pageInfo.endCursor,
      });
      expect({
        first: first.data?.tasks.nodes.map((n) => n.dueOn),
        second: second.data?.tasks.nodes.map((n) => n.dueOn),
        total: first.data?.tasks.totalCount,
      }).toEqual({ first: ['2026-05-01', '2026-05-02'], second: ['2026-05-03'], total: 3 });
    });

    it('lists only the late tasks: past due and neither done nor cancelled', async () => {
      const own = await aBoard().create(api.dataSource);
      await aTask(own).titled('Te laat').due('2020-01-01').create(api.dataSource);
      await aTask(own)
        .titled('Op tijd gedaan')
        .due('2020-01-01')
        .withStatus(TaskStatus.DONE)
        .create(api.dataSource);
      await aTask(own).titled('Nog niet').due('2099-01-01').create(api.dataSource);
      const response = await (
        await actingFor(own, 0)
      ).request<TasksPage>(TASKS, {
        municipalityId: own.municipalities[0]?.id,
        late: true,
      });
      expect(response.data?.tasks.nodes).toEqual([{ title: 'Te laat', dueOn: '2020-01-01', late: true }]);
    });

    it('filters on status and due period', async () => {
      const own = await aBoard().create(api.dataSource);
      await aTask(own)
        .titled('In mei')
        .due('2026-05-15')
        .withStatus(TaskStatus.IN_PROGRESS)
        .create(api.dataSource);
      await aTask(own).titled('In mei, open').due('2026-05-16').create(api.dataSource);
      await aTask(own)
        .titled('In juni')
        .due('2026-06-15')
        .withStatus(TaskStatus.IN_PROGRESS)
        .create(api.dataSource);
      const response = await (
        await actingFor(own, 0)
      ).request<TasksPage>(TASKS, {
        municipalityId: own.municipalities[0]?.id,
        status: ['IN_PROGRESS'],
        dueAfter: '2026-04-30',
        dueBefore: '2026-06-01',
      });
      expect(response.data?.tasks.nodes.map((n) => n.title)).toEqual(['In mei']);
    });

    it('counts a gemeente’s tasks by state in one statement', async () => {
      const own = await aBoard().create(api.dataSource);
      const secretary = await actingFor(own, 0);
      await aTask(own).due('2020-01-01').create(api.dataSource);
      await aTask(own).due('2099-01-01').withStatus(TaskStatus.IN_PROGRESS).create(api.dataSource);
      await aTask(own).withStatus(TaskStatus.DONE).create(api.dataSource);
      await aTask(own).withStatus(TaskStatus.CANCELLED).create(api.dataSource);
      // signing the request in (session, actor) costs the same statements for any operation
      const signedIn = await countStatements(() => secretary.request(`{ __typename }`));
      let summary: unknown;
      const statements = await countStatements(async () => {
        const response = await secretary.request<{ taskSummary: unknown }>(SUMMARY, {
          id: own.municipalities[0]?.id,
        });
        summary = response.data?.taskSummary;
      });
      expect({ summary, statements: statements - signedIn }).toEqual({
        summary: { open: 1, inProgress: 1, late: 1, done: 1 },
        statements: 1,
      });
    });

    it('is not late on its due day itself', async () => {
      const task = await aTask(board).due(todayInNetherlands()).create(api.dataSource);
      const response = await bladel.request<{ task: { late: boolean } }>(
        `query ($id: ID!) { task(id: $id) { late } }`,
        { id: task.id },
      );
      expect(response.data?.task.late).toBe(false);
    });

    it('answers an unknown task id with NOT_FOUND', async () => {
      const response = await bladel.request(TASK, { id: '00000000-0000-4000-8000-000000000000' });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Task not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('refuses a visitor without a session', async () => {
      const response = await graphqlRequest(api.server, TASKS, { municipalityId: gemeente(0) });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('per gemeente', () => {
    let own: Board;
    let bladelHere: SignedInMember;
    let eerselHere: SignedInMember;
    let directorHere: SignedInMember;
    let bladelTaskId: string;
    let eerselTaskIds: string[];

    beforeAll(async () => {
      own = await aBoard().withMunicipalities('Bladel', 'Eersel').create(api.dataSource);
      bladelHere = await actingFor(own, 0);
      eerselHere = await actingFor(own, 1);
      directorHere = await aSignedInMember(
        api.dataSource,
        api.server,
        own.organisation.id,
        MembershipRole.DIRECTOR,
      );
      bladelTaskId = (await aTask(own).due('2020-01-01').create(api.dataSource)).id;
      const eerselId = own.municipalities[1]?.id as string;
      eerselTaskIds = [
        (await aTask(own).forMunicipality(eerselId).due('2026-05-01').create(api.dataSource)).id,
        (await aTask(own).forMunicipality(eerselId).due('2026-05-02').create(api.dataSource)).id,
      ];
    });

    const LIST = `query ($organisationId: ID, $municipalityId: ID) {
      tasks(organisationId: $organisationId, municipalityId: $municipalityId, first: 50) { nodes { id } totalCount } }`;
    type List = { tasks: { nodes: { id: string }[]; totalCount: number } };

    it("lists and counts only Eersel's own tasks for Eersel", async () => {
      const response = await eerselHere.request<List>(LIST, { organisationId: own.organisation.id });
      expect({
        ids: response.data?.tasks.nodes.map((node) => node.id),
        total: response.data?.tasks.totalCount,
      }).toEqual({ ids: eerselTaskIds, total: 2 });
    });

    it("gives Eersel an empty list and zero totals when asking for Bladel's tasks", async () => {
      const response = await eerselHere.request<List>(LIST, { municipalityId: own.municipalities[0]?.id });
      expect(response.data?.tasks).toEqual({ nodes: [], totalCount: 0 });
    });

    it("counts nothing of Bladel's in Bladel's summary for Eersel", async () => {
      const response = await eerselHere.request<{ taskSummary: unknown }>(SUMMARY, {
        id: own.municipalities[0]?.id,
      });
      expect(response.data?.taskSummary).toEqual({ open: 0, inProgress: 0, late: 0, done: 0 });
    });

    it("answers Eersel asking for Bladel's task by id exactly as for an unknown task", async () => {
      const response = await eerselHere.request(TASK, { id: bladelTaskId });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Task not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it("counts Bladel's own tasks in Bladel's summary", async () => {
      const response = await bladelHere.request<{ taskSummary: unknown }>(SUMMARY, {
        id: own.municipalities[0]?.id,
      });
      expect(response.data?.taskSummary).toEqual({ open: 1, inProgress: 0, late: 1, done: 0 });
    });

    it("lets the director see every gemeente's tasks", async () => {
      const response = await directorHere.request<List>(LIST, { organisationId: own.organisation.id });
      expect(response.data?.tasks.totalCount).toBe(3);
    });

    it('shows under a decision only the follow-up tasks the person may see', async () => {
      const decision = await aDecision(await anAgendaItem(own).create(api.dataSource)).create(api.dataSource);
      await aTask(own).following(decision).create(api.dataSource);
      const eerselTask = await aTask(own)
        .forMunicipality(own.municipalities[1]?.id as string)
        .following(decision)
        .create(api.dataSource);
      const response = await eerselHere.request<{ decision: { tasks: { id: string }[] } }>(
        `query ($id: ID!) { decision(id: $id) { tasks { id } } }`,
        { id: decision.id },
      );
      expect(response.data?.decision.tasks).toEqual([{ id: eerselTask.id }]);
    });
  });
});
