import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { CouncilViewsPage } from './council-views-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const view = (procedureId: string, municipalityId: string, status = 'AWAITED') => ({
  __typename: 'CouncilView',
  id: `${procedureId}-${municipalityId}`,
  procedureId,
  municipalityId,
  status,
  submittedOn: status === 'AWAITED' ? null : '2026-11-10',
  summary: status === 'AWAITED' ? null : 'De raad kan instemmen.',
});

const procedure = (id: string, overrides: Record<string, unknown>) => ({
  __typename: 'CouncilViewProcedure',
  id,
  organisationId: 'org-kempen',
  bodyId: 'body-db',
  title: `Zienswijze ${id}`,
  subject: 'DRAFT_BUDGET',
  status: 'OPEN',
  sentOn: '2026-09-01',
  deadlineOn: '2026-11-24',
  daysLeft: 1,
  overdue: false,
  reaction: null,
  reactedOn: null,
  views: [view(id, 'gm-eersel'), view(id, 'gm-bladel', 'SUBMITTED')],
  ...overrides,
});

describe('CouncilViewsPage', () => {
  let controller: ApolloTestingController;
  const access = {
    memberships: signal([
      { id: 'ms', organisationId: 'org-kempen', municipality: { id: 'gm-eersel', name: 'Eersel' } },
    ]),
    can: jest.fn(
      (_action: string, subject: { municipalityId?: string }) => subject.municipalityId === 'gm-eersel',
    ),
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [{ provide: AccessStore, useValue: access }],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render(nodes?: unknown[]) {
    const fixture = TestBed.createComponent(CouncilViewsPage);
    const step = async () => {
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
    };
    await step();
    controller.expectOne('CouncilViewProcedures').flush({
      data: {
        organisation: {
          __typename: 'Organisation',
          id: 'org-kempen',
          name: 'Kempengemeenten',
          municipalities: [
            { __typename: 'Municipality', id: 'gm-bladel', name: 'Bladel' },
            { __typename: 'Municipality', id: 'gm-eersel', name: 'Eersel' },
          ],
        },
        councilViewProcedures: {
          __typename: 'CouncilViewProcedureConnection',
          totalCount: 3,
          nodes: nodes ?? [
            procedure('closed', { status: 'CLOSED', deadlineOn: '2026-06-01', daysLeft: -175 }),
            procedure('later', { deadlineOn: '2027-01-20', daysLeft: 58 }),
            procedure('overdue', { deadlineOn: '2026-11-20', daysLeft: -3, overdue: true }),
          ],
        },
      },
    });
    await step();
    return { fixture, step, root: fixture.nativeElement as HTMLElement };
  }

  it('shows the open procedures first, the nearest deadline first, with the days left in words', async () => {
    const { root } = await render();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Zienswijze overdue', 'Zienswijze later', 'Zienswijze closed']);

    const [overdue, later] = [...root.querySelectorAll('article')];
    expect(overdue.textContent).toContain('3 dagen over de termijn');
    expect(overdue.textContent).toContain('20 november 2026');
    expect(overdue.textContent).toContain('ontwerpbegroting');
    expect(later.textContent).toContain('nog 58 dagen');
  });

  it('lets Eersel record its raad’s view, and only its own', async () => {
    const { root, step } = await render();
    const overdue = root.querySelector('article') as HTMLElement;
    const buttons = [...overdue.querySelectorAll('button')].filter((b) =>
      b.textContent?.includes('Zienswijze vastleggen'),
    );
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Zienswijze vastleggen: Eersel',
    ]);

    buttons[0].click();
    await step();
    const date = overdue.querySelector('#record-date') as HTMLInputElement;
    date.value = '2026-11-19';
    date.dispatchEvent(new Event('input'));
    (overdue.querySelector('#record-status-NO_VIEW') as HTMLInputElement).click();
    (overdue.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle();

    expect(controller.expectOne('RecordCouncilView').operation.variables['input']).toEqual({
      procedureId: 'overdue',
      municipalityId: 'gm-eersel',
      status: 'NO_VIEW',
      submittedOn: '2026-11-19',
      summary: null,
    });
  });

  it('asks for the date of the raad’s decision before saving', async () => {
    const { root, step } = await render();
    const overdue = root.querySelector('article') as HTMLElement;
    [...overdue.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Zienswijze vastleggen'))
      ?.click();
    await step();
    const date = overdue.querySelector('#record-date') as HTMLInputElement;
    date.value = '';
    date.dispatchEvent(new Event('input'));
    (overdue.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await step();

    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(overdue.querySelector('#record-date-error')?.textContent).toContain(
      'Vul de datum van het raadsbesluit in.',
    );
    controller.expectNone('RecordCouncilView');
  });

  it('offers to change a view already recorded, filled in with what was recorded', async () => {
    const { root, step } = await render([
      procedure('recorded', { views: [view('recorded', 'gm-eersel', 'SUBMITTED')] }),
    ]);
    const button = [...root.querySelectorAll('article button')].find((b) =>
      b.textContent?.includes('Zienswijze wijzigen'),
    ) as HTMLButtonElement;
    button.click();
    await step();

    expect((root.querySelector('#record-date') as HTMLInputElement).value).toBe('2026-11-10');
    expect((root.querySelector('#record-summary') as HTMLTextAreaElement).value).toBe(
      'De raad kan instemmen.',
    );
    expect((root.querySelector('#record-status-SUBMITTED') as HTMLInputElement).checked).toBe(true);
  });
});
