import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GraphQLError } from 'graphql';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { ReviewInboxPage } from './review-inbox-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const BLADEL = { __typename: 'Municipality', id: 'gm-bladel', name: 'Bladel' };
const EERSEL = { __typename: 'Municipality', id: 'gm-eersel', name: 'Eersel' };

/** The gemeentesecretaris of Bladel: in the zes-directeuren overleg on behalf of Bladel. */
const access = {
  memberships: signal([
    {
      id: 'ms-1',
      role: 'MEMBER',
      organisationId: 'org-kempen',
      body: { id: 'body-directors', name: 'Zes-directeuren overleg', kind: 'DIRECTORS_MEETING' },
      municipality: { id: BLADEL.id, name: BLADEL.name },
    },
  ]),
  person: signal({ id: 'person-bladel', name: 'Gemeentesecretaris Bladel' }),
  can: jest.fn((action: string, subject: { authorId?: string }) =>
    action === 'create' ? true : subject.authorId === 'person-bladel',
  ),
};

const note = (id: string, overrides: Record<string, unknown>) => ({
  __typename: 'Review',
  id,
  agendaItemId: 'item-2',
  authorId: 'person-eersel',
  municipalityId: EERSEL.id,
  organisationId: 'org-kempen',
  bodyId: 'body-db',
  text: 'Eersel vraagt naar de planning.',
  visibility: 'SHARED',
  createdAt: '2026-11-20T14:00:00.000Z',
  updatedAt: '2026-11-20T14:00:00.000Z',
  version: 1,
  ...overrides,
});

const item = (id: string, position: number, title: string, reviews: unknown[]) => ({
  __typename: 'AgendaItem',
  id,
  position,
  title,
  description: null,
  purpose: 'DECISION',
  handling: 'DEBATE',
  confidentiality: 'PUBLIC',
  municipalityScope: [],
  proposal: {
    __typename: 'Proposal',
    id: `proposal-${id}`,
    title,
    summary: 'Samenvatting van het voorstel.',
    confidentiality: 'CONFIDENTIAL',
    municipalityScope: [BLADEL.id, EERSEL.id],
    currentVersion: {
      __typename: 'ProposalVersion',
      id: `version-${id}`,
      number: 1,
      financialConsequences: null,
      decisionPoints: [{ __typename: 'DecisionPoint', id: `dp-${id}`, number: 1, text: 'In te stemmen.' }],
      documents: [
        {
          __typename: 'Document',
          id: `doc-${id}`,
          title: `Raadsvoorstel ${title}`,
          fileName: 'raadsvoorstel.pdf',
          contentType: 'application/pdf',
          sizeBytes: 123_456,
          confidentiality: 'PUBLIC',
        },
      ],
    },
    advices: [
      {
        __typename: 'Advice',
        id: `advice-${id}`,
        outcome: 'POSITIVE_WITH_CHANGES',
        status: 'ADOPTED',
        reasoning: 'De commissie adviseert positief.',
        confidentiality: 'PUBLIC',
        reservations: [
          {
            __typename: 'AdviceReservation',
            id: `res-${id}`,
            municipalityId: EERSEL.id,
            text: 'Pas na de voorjaarsnota.',
          },
        ],
      },
    ],
  },
  documents: [],
  advice: null,
  reviews,
});

const meetingData = {
  meeting: {
    __typename: 'Meeting',
    id: 'meeting-next',
    title: 'Dagelijks Bestuur 24 december 2026',
    startsAt: '2026-12-24T08:30:00.000Z',
    status: 'AGENDA_SENT',
    location: 'Kempenhuis, Eersel',
    agendaSentAt: '2026-11-20T10:00:00.000Z',
    body: { __typename: 'Body', id: 'body-db', name: 'Dagelijks Bestuur' },
    agendaItems: [
      item('item-1', 2, 'Uitvoeringsplan Wmo', [
        note('note-own', {
          agendaItemId: 'item-1',
          authorId: 'person-bladel',
          municipalityId: BLADEL.id,
          visibility: 'OWN_MUNICIPALITY',
          text: 'Bespreken in het college.',
        }),
      ]),
      item('item-2', 3, 'Jeugdhulp 2027', [note('note-shared', {})]),
    ],
  },
  reviewProgress: [
    {
      __typename: 'ReviewProgress',
      agendaItemId: 'item-1',
      municipalityId: BLADEL.id,
      reviewCount: 1,
      reviewed: true,
      lastReviewedAt: '2026-11-21T10:00:00.000Z',
    },
    {
      __typename: 'ReviewProgress',
      agendaItemId: 'item-2',
      municipalityId: EERSEL.id,
      reviewCount: 1,
      reviewed: true,
      lastReviewedAt: null,
    },
  ],
};

describe('ReviewInboxPage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([]), { provide: AccessStore, useValue: access }],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(ReviewInboxPage);
    const step = async () => {
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
      await settle();
    };
    await step();
    controller.expectOne('ReviewOrganisation').flush({
      data: {
        organisation: {
          __typename: 'Organisation',
          id: 'org-kempen',
          name: 'Kempengemeenten',
          municipalities: [BLADEL, EERSEL],
          boards: [{ __typename: 'Body', id: 'body-db', name: 'Dagelijks Bestuur' }],
          directorsMeetings: [{ __typename: 'Body', id: 'body-directors', name: 'Zes-directeuren overleg' }],
        },
        persons: {
          __typename: 'PersonConnection',
          nodes: [
            { __typename: 'Person', id: 'person-bladel', name: 'Gemeentesecretaris Bladel' },
            { __typename: 'Person', id: 'person-eersel', name: 'Gemeentesecretaris Eersel' },
          ],
        },
      },
    });
    await step();
    controller.expectOne('UpcomingMeetings').flush({
      data: {
        meetings: {
          __typename: 'MeetingConnection',
          nodes: [
            {
              __typename: 'Meeting',
              id: 'meeting-published',
              status: 'PUBLISHED',
              startsAt: '2026-11-26T08:30:00Z',
            },
            {
              __typename: 'Meeting',
              id: 'meeting-next',
              status: 'AGENDA_SENT',
              startsAt: '2026-12-24T08:30:00Z',
            },
          ],
        },
      },
    });
    await step();
    const op = controller.expectOne('ReviewMeeting');
    expect(op.operation.variables['meetingId']).toBe('meeting-next');
    op.flush({ data: meetingData });
    await step();
    const live = controller.expectOne('ReviewWritten');
    return { fixture, live, root: fixture.nativeElement as HTMLElement };
  }

  const articles = (root: HTMLElement) => [...root.querySelectorAll('article')];
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

  it('shows the agenda sent to the directors, with proposal, advice and how far my gemeente has come', async () => {
    const { root } = await render();

    expect(root.querySelector('h2')?.textContent).toContain('Dagelijks Bestuur 24 december 2026');
    expect(root.textContent).toContain('Bladel: 1 van 2 agendapunten bekeken');
    const [first, second] = articles(root);
    expect(first.textContent).toContain('gedaan');
    expect(second.textContent).toContain('nog te doen');
    expect(second.textContent).toContain('positief met wijzigingen');
    expect(second.textContent).toContain('Voorbehoud Eersel');
    expect(second.textContent).toContain('vertrouwelijk');
    expect(second.textContent).toContain('Alleen voor Bladel en Eersel');
    const paper = second.querySelector('a[download]');
    expect(paper?.getAttribute('href')).toBe('/export/documents/doc-item-2/raadsvoorstel.pdf');
    expect(text(second)).toContain('Raadsvoorstel Jeugdhulp 2027 (PDF, 121 kB)');
  });

  it('labels each note with who may read it and its author, and lets me change only my own', async () => {
    const { root } = await render();
    const [first, second] = articles(root);

    expect(first.textContent).toContain('alleen eigen gemeente');
    expect(text(first)).toContain('Door Gemeentesecretaris Bladel (Bladel)');
    expect(first.textContent).toContain('Aandachtspunt wijzigen');
    expect(second.textContent).toContain('gedeeld met het overleg');
    expect(text(second)).toContain('Door Gemeentesecretaris Eersel (Eersel)');
    expect(second.textContent).not.toContain('Aandachtspunt wijzigen');
  });

  it('writes a note for my own gemeente by default', async () => {
    const { fixture, root } = await render();
    const second = articles(root)[1];
    const textarea = second.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Let op de kosten voor Bladel.';
    textarea.dispatchEvent(new Event('input'));
    (second.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();

    const op = controller.expectOne('WriteReview');
    expect(op.operation.variables['input']).toMatchObject({
      agendaItemId: 'item-2',
      municipalityId: BLADEL.id,
      text: 'Let op de kosten voor Bladel.',
      visibility: 'OWN_MUNICIPALITY',
    });
    fixture.detectChanges();
    expect(second.querySelector('button[type=submit]')?.textContent).toContain('Bezig met opslaan');
  });

  it('says in Dutch that the text is missing, next to the field, and sends nothing', async () => {
    const { fixture, root } = await render();
    const second = articles(root)[1];
    (second.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();

    const textarea = second.querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const error = second.querySelector(`#${textarea.getAttribute('aria-describedby')?.split(' ')[0]}`);
    expect(error?.textContent).toContain('Vul de tekst van het aandachtspunt in.');
    expect(document.activeElement).toBe(textarea);
    controller.expectNone('WriteReview');
  });

  it('keeps what I typed and says what to do when saving fails', async () => {
    const { fixture, root } = await render();
    const second = articles(root)[1];
    const textarea = second.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Mijn vraag.';
    textarea.dispatchEvent(new Event('input'));
    (second.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    controller.expectOne('WriteReview').flush({
      errors: [new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    await settle();
    fixture.detectChanges();

    expect(second.querySelector('[role=alert]')?.textContent).toContain('U mag dit niet doen.');
    expect(textarea.value).toBe('Mijn vraag.');
  });

  it('"Geen opmerkingen" writes a short own-gemeente note so the item counts as reviewed', async () => {
    const { root } = await render();
    const second = articles(root)[1];
    const button = [...second.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Geen opmerkingen'),
    );
    button?.click();
    await settle();

    expect(controller.expectOne('WriteReview').operation.variables['input']).toMatchObject({
      agendaItemId: 'item-2',
      text: 'Geen opmerkingen.',
      visibility: 'OWN_MUNICIPALITY',
    });
  });

  it('updates my note with the version I read, and offers to reload when someone changed it', async () => {
    const { fixture, root } = await render();
    const first = articles(root)[0];
    [...first.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Aandachtspunt wijzigen'))
      ?.click();
    fixture.detectChanges();
    const textarea = first.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Bespreken in het college van 1 december.';
    textarea.dispatchEvent(new Event('input'));
    (first.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle();

    const op = controller.expectOne('UpdateReview');
    expect(op.operation.variables['input']).toEqual({
      id: 'note-own',
      expectedVersion: 1,
      text: 'Bespreken in het college van 1 december.',
      visibility: 'OWN_MUNICIPALITY',
    });
    op.flush({ errors: [new GraphQLError('conflict', { extensions: { code: 'CONFLICT' } })] });
    await settle();
    fixture.detectChanges();

    expect(first.querySelector('[role=alert]')?.textContent).toContain(
      'Iemand anders heeft dit intussen gewijzigd',
    );
    expect(first.querySelector('[role=alert] button')?.textContent).toContain('Laad de nieuwste versie');
    expect((first.querySelector('textarea') as HTMLTextAreaElement).value).toBe(
      'Bespreken in het college van 1 december.',
    );
  });

  it('asks before deleting my note, then deletes it', async () => {
    const { fixture, root } = await render();
    const first = articles(root)[0];
    [...first.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Aandachtspunt verwijderen'))
      ?.click();
    fixture.detectChanges();
    expect(first.textContent).toContain('Weet u zeker dat u dit aandachtspunt wilt verwijderen?');
    controller.expectNone('DeleteReview');

    [...first.querySelectorAll('button')].find((b) => b.textContent?.includes('Ja, verwijderen'))?.click();
    await settle();
    expect(controller.expectOne('DeleteReview').operation.variables['input']).toEqual({ id: 'note-own' });
  });

  it('announces a shared note written by someone else and asks for the agenda again', async () => {
    const { fixture, live, root } = await render();
    live.flush({ data: { reviewWritten: note('note-new', { text: 'Nieuw gedeeld punt.' }) } });
    await settle();
    fixture.detectChanges();

    expect(root.querySelector('[aria-live=polite]')?.textContent).toContain(
      'Er is een gedeeld aandachtspunt bijgekomen of gewijzigd bij agendapunt 3.',
    );
    controller.expectOne('ReviewMeeting');
  });
});
