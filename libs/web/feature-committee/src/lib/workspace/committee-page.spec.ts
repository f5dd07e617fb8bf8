import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { CommitteePage } from './committee-page';

/** Apollo hands results to watchers asynchronously; let the queued callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const BLADEL = { __typename: 'Municipality', id: 'gm-bladel', name: 'Bladel' };
const EERSEL = { __typename: 'Municipality', id: 'gm-eersel', name: 'Eersel' };

function me(bodies: Array<{ id: string; name: string; kind: string }>) {
  return {
    me: {
      __typename: 'Me',
      person: {
        __typename: 'Person',
        id: 'person-1',
        name: 'Wethouder Bladel',
        email: 'wethouder.md@bladel.example',
        memberships: bodies.map((body, index) => ({
          __typename: 'Membership',
          id: `membership-${index}`,
          role: 'CHAIR',
          organisationId: 'org-kempen',
          bodyId: body.id,
          portfolioId: null,
          municipalityId: BLADEL.id,
          body: { __typename: 'Body', ...body },
          municipality: BLADEL,
        })),
      },
      rules: '[]',
    },
  };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function meeting(id: string, startsAt: string, items: unknown[]) {
  return {
    __typename: 'Meeting',
    id,
    title: 'Commissie Maatschappelijke Dienstverlening',
    startsAt,
    status: 'PLANNED',
    location: null,
    confidentiality: 'PUBLIC',
    agendaItems: items,
  };
}

const armoedebeleid = {
  __typename: 'AgendaItem',
  id: 'item-1',
  position: 1,
  title: 'Armoedebeleid Kempen 2027-2030',
  purpose: 'ADVICE',
  handling: 'DEBATE',
  confidentiality: 'CONFIDENTIAL',
  municipalityScope: [EERSEL.id],
  proposal: {
    __typename: 'Proposal',
    id: 'p1',
    title: 'Armoedebeleid Kempen 2027-2030',
    state: 'IN_COMMITTEE',
  },
  advice: null,
  documents: [
    {
      __typename: 'Document',
      id: 'doc-1',
      title: 'Toelichting armoedebeleid',
      fileName: 'toelichting.md',
      confidentiality: 'PUBLIC',
    },
  ],
};

describe('CommitteePage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render(bodies: Array<{ id: string; name: string; kind: string }>) {
    TestBed.inject(AccessStore);
    controller.expectOne('Me').flush({ data: me(bodies) });
    const fixture = TestBed.createComponent(CommitteePage);
    fixture.detectChanges();
    await settle();
    controller.expectOne('Organisations').flush({
      data: {
        organisations: [
          {
            __typename: 'Organisation',
            id: 'org-kempen',
            name: 'Kempengemeenten',
            kind: 'AMBTELIJKE_FUSIE',
            legalForm: 'OPENBAAR_LICHAAM',
            municipalities: [
              { ...BLADEL, cbsCode: 'GM1728', inhabitants: 20000 },
              { ...EERSEL, cbsCode: 'GM0770', inhabitants: 19000 },
            ],
          },
        ],
      },
    });
    fixture.detectChanges();
    await settle();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('shows each committee the person sits in, with the agenda of its coming meeting and links to the papers', async () => {
    const { fixture, host } = await render([
      { id: 'body-md', name: 'Maatschappelijke Dienstverlening', kind: 'COMMITTEE' },
      { id: 'body-db', name: 'Dagelijks Bestuur', kind: 'EXECUTIVE_BOARD' },
    ]);
    const query = controller.expectOne('CommitteeMeetings');
    expect(query.operation.variables['bodyId']).toBe('body-md');
    query.flush({
      data: {
        meetings: { __typename: 'MeetingConnection', nodes: [meeting('m1', inDays(8), [armoedebeleid])] },
      },
    });
    await settle();
    fixture.detectChanges();

    expect(host.querySelector('h2')?.textContent).toContain('Maatschappelijke Dienstverlening');
    expect(host.textContent).not.toContain('Dagelijks Bestuur');
    const row = host.querySelector('tbody tr') as HTMLElement;
    expect(row.querySelector('a')?.getAttribute('href')).toBe('/voorstellen/p1');
    expect(row.textContent).toContain('ter advisering');
    expect(row.textContent).toContain('in commissie');
    expect(row.textContent).toContain('nog geen advies');
    expect(row.textContent).toContain('vertrouwelijk');
    expect(row.textContent).toContain('Alleen voor Eersel');
    expect(host.querySelector('h3 a')?.getAttribute('href')).toBe('/vergaderingen/m1');
    expect(row.querySelector('ul a')?.getAttribute('href')).toBe('/export/documents/doc-1/toelichting.md');
  });

  it('shows the meeting just held apart, so a reservation can still be recorded', async () => {
    const { fixture, host } = await render([
      { id: 'body-md', name: 'Maatschappelijke Dienstverlening', kind: 'COMMITTEE' },
    ]);
    controller.expectOne('CommitteeMeetings').flush({
      data: {
        meetings: { __typename: 'MeetingConnection', nodes: [meeting('m0', inDays(-10), [armoedebeleid])] },
      },
    });
    await settle();
    fixture.detectChanges();

    expect(host.textContent).toContain('Er is nog geen komende vergadering gepland');
    expect(host.querySelector('h3')?.textContent).toContain('Vorige vergadering');
  });

  it('says what to do when the person sits in no committee', async () => {
    const { fixture, host } = await render([]);
    await settle();
    fixture.detectChanges();

    controller.expectNone('CommitteeMeetings');
    expect(host.textContent).toContain('U zit op dit moment in geen bestuurscommissie');
  });

  it('offers to try again when the meetings could not be loaded', async () => {
    const { fixture, host } = await render([
      { id: 'body-md', name: 'Maatschappelijke Dienstverlening', kind: 'COMMITTEE' },
    ]);
    controller.expectOne('CommitteeMeetings').networkError(new Error('offline'));
    await settle();
    fixture.detectChanges();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('konden niet worden geladen');
  });
});
