import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { aBoard, aDecision, anAgendaItem, aTask, type Board } from '../../test/builders/decision.builders';
import { aPerson } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id status municipalityId forOrganisation bodyId requestedByMunicipalityIds version late } }`;
const UPDATE = `mutation ($input: UpdateTaskStatusInput!) {
  updateTaskStatus(input: $input) { status completedAt completedById version } }`;
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

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Bladel', 'Eersel').create(api.dataSource);
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
    createdById: board.secretary.id,
    ...extra,
  });

  describe('createTask', () => {
    it('creates an open task for a gemeente', async () => {
      const response = await graphqlRequest<{ createTask: Record<string, unknown> }>(api.server, CREATE, {
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
      const response = await graphqlRequest<{ createTask: Record<string, unknown> }>(api.server, CREATE, {
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
      const response = await graphqlRequest<{ createTask: { bodyId: string } }>(api.server, CREATE, {
        input: input({ decisionId: decision.id, origin: 'DECISION' }),
      });
      expect(response.data?.createTask.bodyId).toBe(board.body.id);
    });

    it('refuses a task for both a gemeente and the organisation', async () => {
      const response = await graphqlRequest(api.server, CREATE, { input: input({ forOrganisation: true }) });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'municipalityId', message: 'give either a gemeente or forOrganisation: true, not both' },
        ],
      });
    });

    it('refuses a gemeente that does not take part in the organisation', async () => {
      const other = await aBoard().create(api.dataSource);
      const response = await graphqlRequest(api.server, CREATE, {
        input: input({ municipalityId: other.municipalities[0]?.id }),
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'municipalityId', message: 'must be a gemeente taking part in the organisation' }],
      });
    });

    it('names every invalid field', async () => {
      const response = await graphqlRequest(api.server, CREATE, {
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
      const response = await graphqlRequest(api.server, CREATE, {
        input: input({ assigneeId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Person not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });

  describe('updateTaskStatus', () => {
    it('records who completed a task and when', async () => {
      const task = await aTask(board).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const response = await graphqlRequest<{ updateTaskStatus: Record<string, unknown> }>(
        api.server,
        UPDATE,
        {
          input: { id: task.id, expectedVersion: 1, status: 'DONE', completedById: person.id },
        },
      );
      expect(response.data?.updateTaskStatus).toMatchObject({
        status: 'DONE',
        completedById: person.id,
        completedAt: expect.any(String),
        version: 2,
      });
    });

    it('clears the completion when a done task is reopened', async () => {
      const task = await aTask(board).withStatus(TaskStatus.DONE).create(api.dataSource);
      const response = await graphqlRequest<{ updateTaskStatus: Record<string, unknown> }>(
        api.server,
        UPDATE,
        {
          input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
        },
      );
      expect(response.data?.updateTaskStatus).toMatchObject({ completedAt: null, completedById: null });
    });

    it('refuses a stale version and keeps the newer status', async () => {
      const task = await aTask(board).create(api.dataSource);
      await graphqlRequest(api.server, UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
      });
      const stale = await graphqlRequest(api.server, UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'CANCELLED' },
      });
      const rows = await api.dataSource.query(`SELECT status FROM task WHERE id = $1`, [task.id]);
      expect({ error: stale.errors?.[0]?.message, rows }).toEqual({
        error: 'Task was changed by someone else; reload and try again',
        rows: [{ status: 'IN_PROGRESS' }],
      });
    });

    it('answers an unknown task with NOT_FOUND', async () => {
      const response = await graphqlRequest(api.server, UPDATE, {
        input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, status: 'DONE' },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('refuses a completer for a status other than DONE', async () => {
      const task = await aTask(board).create(api.dataSource);
      const response = await graphqlRequest(api.server, UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'OPEN', completedById: board.secretary.id },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'completedById', message: 'may only be given with status DONE' },
      ]);
    });

    it('records the change in the audit trail', async () => {
      const task = await aTask(board).create(api.dataSource);
      await graphqlRequest(api.server, UPDATE, {
        input: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' },
      });
      const entries = await api.dataSource.query(
        `SELECT action, details FROM audit_entry WHERE subject_id = $1`,
        [task.id],
      );
      expect(entries).toEqual([{ action: 'updateTaskStatus', details: { from: 'OPEN', to: 'IN_PROGRESS' } }]);
    });
  });

  describe('queries', () => {
    it("pages through a gemeente's tasks by due day", async () => {
      const own = await aBoard().create(api.dataSource);
      for (const day of ['2026-05-03', '2026-05-01', '2026-05-02']) {
        await aTask(own).titled(`Actie ${day}`).due(day).create(api.dataSource);
      }
      const variables = { municipalityId: own.municipalities[0]?.id };
      const first = await graphqlRequest<TasksPage>(api.server, TASKS, variables);
      const second = await graphqlRequest<TasksPage>(api.server, TASKS, {
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
      const response = await graphqlRequest<TasksPage>(api.server, TASKS, {
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
      const response = await graphqlRequest<TasksPage>(api.server, TASKS, {
        municipalityId: own.municipalities[0]?.id,
        status: ['IN_PROGRESS'],
        dueAfter: '2026-04-30',
        dueBefore: '2026-06-01',
      });
      expect(response.data?.tasks.nodes.map((n) => n.title)).toEqual(['In mei']);
    });

    it('counts a gemeente’s tasks by state in one statement', async () => {
      const own = await aBoard().create(api.dataSource);
      await aTask(own).due('2020-01-01').create(api.dataSource);
      await aTask(own).due('2099-01-01').withStatus(TaskStatus.IN_PROGRESS).create(api.dataSource);
      await aTask(own).withStatus(TaskStatus.DONE).create(api.dataSource);
      await aTask(own).withStatus(TaskStatus.CANCELLED).create(api.dataSource);
      let summary: unknown;
      const statements = await countStatements(async () => {
        const response = await graphqlRequest<{ taskSummary: unknown }>(
          api.server,
          `query ($id: ID!) { taskSummary(municipalityId: $id) { open inProgress late done } }`,
          { id: own.municipalities[0]?.id },
        );
        summary = response.data?.taskSummary;
      });
      expect({ summary, statements }).toEqual({
        summary: { open: 1, inProgress: 1, late: 1, done: 1 },
        statements: 1,
      });
    });

    it('is not late on its due day itself', async () => {
      const task = await aTask(board).due(todayInNetherlands()).create(api.dataSource);
      const response = await graphqlRequest<{ task: { late: boolean } }>(
        api.server,
        `query ($id: ID!) { task(id: $id) { late } }`,
        { id: task.id },
      );
      expect(response.data?.task.late).toBe(false);
    });

    it('answers an unknown task id with NOT_FOUND', async () => {
      const response = await graphqlRequest(api.server, `query ($id: ID!) { task(id: $id) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
