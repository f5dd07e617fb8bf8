import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, type Params, Router } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { BehaviorSubject } from 'rxjs';
import { TaskDashboardPage } from './task-dashboard-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const EERSEL = { id: 'gm-eersel', name: 'Eersel' };

const row = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Task',
  id,
  title: `Taak ${id}`,
  description: null,
  origin: 'AGENDA_PUBLICATION',
  dueOn: '2026-11-20',
  late: true,
  status: 'OPEN',
  assigneeId: 'person-eersel',
  municipalityId: EERSEL.id,
  organisationId: 'org-kempen',
  bodyId: null,
  forOrganisation: false,
  requestedByMunicipalityIds: [],
  confidentiality: 'PUBLIC',
  version: 3,
  ...overrides,
});

const page = (nodes: unknown[], hasNextPage: boolean, totalCount: number) => ({
  data: {
    tasks: {
      __typename: 'TaskConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', endCursor: 'cursor-1', hasNextPage },
      nodes,
    },
  },
});

describe('TaskDashboardPage', () => {
  let controller: ApolloTestingController;
  let params: BehaviorSubject<ReturnType<typeof convertToParamMap>>;
  const router = { navigate: jest.fn().mockResolvedValue(true) };
  let directs: string[];
  let mayUpdate: boolean;

  function setUp(query: Params) {
    params = new BehaviorSubject(convertToParamMap(query));
    const access = {
      directs: signal(directs),
      memberships: signal([
        { id: 'ms', role: 'MEMBER', organisationId: 'org-kempen', body: null, municipality: EERSEL },
      ]),
      municipalities: signal([EERSEL]),
      can: jest.fn(() => mayUpdate),
    };
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        { provide: AccessStore, useValue: access },
        { provide: Router, useValue: router },
        {
          provide: ActivatedRoute,
          useValue: { queryParamMap: params, snapshot: { queryParamMap: params.value } },
        },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  }

  beforeEach(() => {
    router.navigate.mockClear();
    directs = [];
    mayUpdate = true;
  });

  async function render() {
    const fixture = TestBed.createComponent(TaskDashboardPage);
    const step = async () => {
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
    };
    await step();
    controller.expectOne('TaskOrganisation').flush({
      data: {
        organisation: {
          __typename: 'Organisation',
          id: 'org-kempen',
          name: 'Kempengemeenten',
          municipalities: [
            { __typename: 'Municipality', id: 'gm-bladel', name: 'Bladel' },
            { __typename: 'Municipality', ...EERSEL },
          ],
        },
        persons: {
          __typename: 'PersonConnection',
          nodes: [{ __typename: 'Person', id: 'person-eersel', name: 'Gemeentesecretaris Eersel' }],
        },
      },
    });
    await step();
    return { fixture, step, root: fixture.nativeElement as HTMLElement };
  }

  function flushSummary() {
    controller.expectOne('TaskSummary').flush({
      data: {
        taskSummary: {
          __typename: 'TaskSummary',
          open: 4,
          inProgress: 1,
          late: 2,
          done: 7,
          byAssignee: [
            { __typename: 'TaskAssigneeWork', assigneeId: null, open: 1, late: 0, done: 0 },
            { __typename: 'TaskAssigneeWork', assigneeId: 'person-eersel', open: 4, late: 2, done: 7 },
          ],
        },
      },
    });
  }

  it('asks for my gemeente’s tasks with the filters from the URL, and shows counts, who does what and the list', async () => {
    setUp({ status: 'OPEN,IN_PROGRESS', telaat: 'ja', vanaf: '2026-11-01' });
    const { root, step } = await render();
    flushSummary();
    const op = controller.expectOne('Tasks');
    expect(op.operation.variables).toMatchObject({
      municipalityId: EERSEL.id,
      status: ['OPEN', 'IN_PROGRESS'],
      late: true,
      dueAfter: '2026-11-01',
      dueBefore: null,
      first: 50,
    });
    op.flush(page([row('t1')], false, 1));
    await step();

    expect(root.querySelector('h1')?.textContent).toContain('Taken van Eersel');
    expect(root.querySelector('.bk-counts')?.textContent?.replace(/\s+/g, '')).toContain('Telaat2');
    const [byAssignee, list] = [...root.querySelectorAll('table')];
    expect(byAssignee.textContent).toContain('Nog niemand');
    expect(byAssignee.textContent).toContain('Gemeentesecretaris Eersel');
    expect(list.querySelector('caption')?.textContent).toContain('Taken: 1 van 1 getoond');
    const cells = list.querySelector('tbody tr')?.textContent ?? '';
    expect(cells).toContain('DB-agenda bespreken in college');
    expect(cells).toContain('20 november 2026');
    expect(cells).toContain('te laat');
    expect((root.querySelector('#tasks-status-OPEN') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('#tasks-late') as HTMLInputElement).checked).toBe(true);
  });

  it('puts the chosen filters in the URL', async () => {
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([], false, 0));
    await step();
    (root.querySelector('#tasks-status-DONE') as HTMLInputElement).click();
    const before = root.querySelector('#tasks-due-before') as HTMLInputElement;
    before.value = '2026-12-31';
    before.dispatchEvent(new Event('input'));
    (root.querySelector('form button[type=submit]') as HTMLButtonElement).click();

    expect(router.navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: { gemeente: null, status: 'DONE', telaat: null, vanaf: null, tot: '2026-12-31' },
      }),
    );
    expect(root.textContent).toContain('Er zijn geen taken die aan deze filters voldoen');
  });

  it('refuses a period that ends before it starts, next to the field', async () => {
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([], false, 0));
    await step();
    const after = root.querySelector('#tasks-due-after') as HTMLInputElement;
    after.value = '2026-12-31';
    after.dispatchEvent(new Event('input'));
    const before = root.querySelector('#tasks-due-before') as HTMLInputElement;
    before.value = '2026-12-01';
    before.dispatchEvent(new Event('input'));
    (root.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await step();

    expect(router.navigate).not.toHaveBeenCalled();
    expect(before.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#tasks-due-before-error')?.textContent).toContain('ligt na de datum');
  });

  it('changes a status with the version it read, and says so', async () => {
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([row('t1')], false, 1));
    await step();
    const select = root.querySelector('#task-status-t1') as HTMLSelectElement;
    select.value = 'DONE';
    select.dispatchEvent(new Event('change'));
    await step();
    [...root.querySelectorAll('tbody button')]
      .find((b) => b.textContent?.includes('Status opslaan'))
      ?.dispatchEvent(new Event('click'));
    await settle();

    const op = controller.expectOne('UpdateTaskStatus');
    expect(op.operation.variables['input']).toEqual({ id: 't1', status: 'DONE', expectedVersion: 3 });
    op.flush({ data: { updateTaskStatus: row('t1', { status: 'DONE', late: false, version: 4 }) } });
    await step();

    expect(root.textContent).toContain('De status van „Taak t1” is nu gereed.');
    controller.expectOne('TaskSummary');
  });

  it('offers to reload when someone else changed the task first', async () => {
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([row('t1')], false, 1));
    await step();
    const select = root.querySelector('#task-status-t1') as HTMLSelectElement;
    select.value = 'IN_PROGRESS';
    select.dispatchEvent(new Event('change'));
    await step();
    [...root.querySelectorAll('tbody button')]
      .find((b) => b.textContent?.includes('Status opslaan'))
      ?.dispatchEvent(new Event('click'));
    await settle();
    controller.expectOne('UpdateTaskStatus').flush({
      errors: [new GraphQLError('conflict', { extensions: { code: 'CONFLICT' } })],
    });
    await step();

    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(alert?.querySelector('button')?.textContent).toContain('Laad de nieuwste gegevens');
  });

  it('offers no status change to whom the rules do not allow it', async () => {
    mayUpdate = false;
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([row('t1')], false, 1));
    await step();

    expect(root.querySelector('#task-status-t1')).toBeNull();
  });

  it('loads the next page after the last cursor and adds it to the list', async () => {
    setUp({});
    const { root, step } = await render();
    flushSummary();
    controller.expectOne('Tasks').flush(page([row('t1')], true, 2));
    await step();
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Meer laden'))?.click();
    await settle();
    const op = controller.expectOne('Tasks');
    expect(op.operation.variables).toMatchObject({ after: 'cursor-1', first: 50 });
    op.flush(page([row('t2')], false, 2));
    await step();

    expect(root.querySelectorAll('table')[1].querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('lets a director choose the gemeente', async () => {
    directs = ['org-kempen'];
    setUp({ gemeente: 'gm-bladel' });
    const { root } = await render();

    expect(controller.expectOne('TaskSummary').operation.variables['municipalityId']).toBe('gm-bladel');
    const select = root.querySelector('#tasks-municipality') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Bladel', 'Eersel']);
  });
});
