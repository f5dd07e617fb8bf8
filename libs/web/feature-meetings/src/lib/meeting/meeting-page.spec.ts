import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { MeetingPage } from './meeting-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function item(id: string, position: number, title: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'AgendaItem',
    id,
    position,
    title,
    purpose: 'DECISION',
    handling: 'DEBATE',
    confidentiality: 'PUBLIC',
    municipalityScope: [],
    proposalId: null,
    meetingId: 'm1',
    bodyId: 'db',
    organisationId: 'kempen',
    version: 1,
    documents: [],
    advice: null,
    proposal: null,
    ...extra,
  };
}

function meeting(items: unknown[], extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'm1',
    title: 'Dagelijks Bestuur',
    startsAt: '2026-12-10T08:30:00.000Z',
    endsAt: null,
    location: 'Eersel',
    status: 'PLANNED',
    confidentiality: 'PUBLIC',
    bodyId: 'db',
    organisationId: 'kempen',
    version: 3,
    agendaVersion: 7,
    agendaPublicationDueAt: '2026-12-10T08:30:00.000Z',
    agendaPublishedAt: null,
    agendaPublishedLate: false,
    agendaSentAt: null,
    directorsReviewedAt: null,
    cancellationReason: null,
    body: { __typename: 'Body', id: 'db', name: 'Dagelijks Bestuur', kind: 'EXECUTIVE_BOARD' },
    agendaItems: items,
    ...extra,
  };
}

const organisations = {
  organisations: [
    {
      __typename: 'Organisation',
      id: 'kempen',
      municipalities: [
        { __typename: 'Municipality', id: 'gm-bladel', name: 'Bladel' },
        { __typename: 'Municipality', id: 'gm-eersel', name: 'Eersel' },
      ],
      directorsMeetings: [{ __typename: 'Body', id: 'zdo' }],
    },
  ],
};

describe('MeetingPage', () => {
  let controller: ApolloTestingController;
  let mayUpdate: boolean;

  beforeEach(() => {
    mayUpdate = false;
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'm1' })) } },
        {
          provide: AccessStore,
          useValue: { can: () => mayUpdate, memberships: signal([]) },
        },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render(data: unknown) {
    const fixture = TestBed.createComponent(MeetingPage);
    fixture.detectChanges();
    await settle();
    controller.expectOne('OrganisationMunicipalities').flush({ data: organisations });
    controller.expectOne('Meeting').flush(data as never);
    await settle();
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the meeting and its agenda in order, with marks, advice, papers and links', async () => {
    const { element } = await render({
      data: {
        meeting: meeting([
          item('i2', 2, 'Tarieven leges 2027', {
            handling: 'CONSENT',
            confidentiality: 'CONFIDENTIAL',
            municipalityScope: ['gm-eersel', 'gm-bladel'],
            proposalId: 'p1',
            proposal: {
              __typename: 'Proposal',
              id: 'p1',
              title: 'Tarieven leges 2027',
              advices: [{ __typename: 'Advice', id: 'a1', outcome: 'POSITIVE', status: 'ADOPTED' }],
            },
            documents: [
              {
                __typename: 'Document',
                id: 'd1',
                title: 'Raadsvoorstel',
                fileName: 'voorstel.pdf',
                sizeBytes: 348160,
                confidentiality: 'PUBLIC',
              },
            ],
          }),
          item('i1', 1, 'Opening', { purpose: 'INFORMATION' }),
        ]),
      },
    });

    expect(element.querySelector('h1')?.textContent).toContain('Dagelijks Bestuur');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('Opening');
    expect(rows[0]).toContain('ter informatie');
    expect(rows[1]).toContain('hamerstuk');
    expect(rows[1]).toContain('vertrouwelijk');
    expect(rows[1]).toContain('Alleen voor Eersel en Bladel');
    expect(rows[1]).toContain('positief');
    expect(rows[1]).toContain('340 kB');
    const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/voorstellen/p1',
        '/export/documents/d1/voorstel.pdf',
        '/export/meetings/m1/agenda.pdf',
        '/besluiten/vergadering/m1',
      ]),
    );
    expect(element.textContent).not.toContain('Agenda samenstellen');
  });

  it('says "niet gevonden of geen toegang" for a meeting that is missing or may not be read', async () => {
    const { element } = await render({
      errors: [{ message: 'Meeting not found', extensions: { code: 'NOT_FOUND' } }],
    });

    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Deze vergadering is niet gevonden, of u heeft er geen toegang toe.',
    );
    expect(element.querySelector('a[href="/vergaderingen"]')).not.toBeNull();
  });

  it('lets the organiser move an item down by its button and announces the new place', async () => {
    mayUpdate = true;
    const items = [item('i1', 1, 'Opening'), item('i2', 2, 'Tarieven leges 2027')];
    const { fixture, element } = await render({ data: { meeting: meeting(items) } });

    const buildButton = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Agenda samenstellen',
    );
    buildButton?.click();
    fixture.detectChanges();
    await settle();
    controller.expectOne('AdvisedProposals').flush({
      data: { proposals: { __typename: 'ProposalConnection', nodes: [] } },
    });
    controller.expectOne('ReviewProgress').flush({ data: { reviewProgress: [] } });
    await settle();
    fixture.detectChanges();

    element.querySelector<HTMLButtonElement>('button[aria-label="Omlaag: Opening"]')?.click();
    await settle();
    const move = controller.expectOne('MoveAgendaItem');
    expect(move.operation.variables).toEqual({ input: { id: 'i1', position: 2, expectedAgendaVersion: 7 } });
    move.flush({
      data: {
        moveAgendaItem: meeting([
          item('i2', 1, 'Tarieven leges 2027', { version: 2 }),
          item('i1', 2, 'Opening', { version: 2 }),
        ]),
      },
    });
    await settle();
    await settle();
    fixture.detectChanges();

    expect(element.querySelector('.bk-live')?.textContent).toContain(
      'Agendapunt Opening staat nu op plaats 2 van 2.',
    );
    expect([...element.querySelectorAll('.bk-order strong')].map((s) => s.textContent)).toEqual([
      'Tarieven leges 2027',
      'Opening',
    ]);
  });

  it('offers only the steps valid for the status, and sends the meeting version with a step', async () => {
    mayUpdate = true;
    const { fixture, element } = await render({ data: { meeting: meeting([item('i1', 1, 'Opening')]) } });
    [...element.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Agenda samenstellen')
      ?.click();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();

    const labels = [...element.querySelectorAll('bk-meeting-steps button')].map((b) => b.textContent?.trim());
    expect(labels).toEqual(['Agenda naar het directeurenoverleg sturen', 'Vergadering annuleren']);

    (element.querySelector('bk-meeting-steps button') as HTMLButtonElement).click();
    fixture.detectChanges();
    [...element.querySelectorAll('bk-meeting-steps button')]
      .find((b) => b.textContent?.trim() === 'Ja, doorgaan')
      ?.dispatchEvent(new Event('click'));
    await settle();
    const step = controller.expectOne('SendAgendaToDirectors');
    expect(step.operation.variables).toEqual({ input: { meetingId: 'm1', expectedVersion: 3 } });
    step.graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT' } }]);
    await settle();
    fixture.detectChanges();

    expect(element.querySelector('bk-meeting-steps [role=alert]')?.textContent).toContain(
      'Iemand anders heeft dit intussen gewijzigd',
    );
    expect(element.textContent).toContain('Laad de nieuwste versie');
  });
});
