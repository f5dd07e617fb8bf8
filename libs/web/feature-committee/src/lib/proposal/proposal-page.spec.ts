import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { ANONYMOUS, type Actor, defineRulesFor, packRulesToJson } from '@bestuurskracht/shared/authz';
import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import type { AdviceFieldsFragment } from '../generated/graphql';
import { ProposalPage } from './proposal-page';

/** Apollo hands results to watchers asynchronously; let the queued callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ORG = 'org-kempen';
const COMMITTEE = 'body-md';
const BLADEL = { id: 'gm-bladel', name: 'Bladel' };
const EERSEL = { id: 'gm-eersel', name: 'Eersel' };

/** A wethouder in the commissie Maatschappelijke Dienstverlening, as chair or as ordinary member. */
function wethouder(role: MembershipRole, municipality: { id: string; name: string }) {
  const actor: Actor = {
    ...ANONYMOUS,
    personId: 'person-wethouder',
    memberships: [
      {
        organisationId: ORG,
        role,
        bodyId: COMMITTEE,
        bodyKind: BodyKind.COMMITTEE,
        portfolioId: 'portfolio-md',
        municipalityId: municipality.id,
      },
    ],
  };
  return {
    me: {
      __typename: 'Me',
      person: {
        __typename: 'Person',
        id: 'person-wethouder',
        name: 'Wethouder',
        email: 'wethouder@example',
        memberships: [
          {
            __typename: 'Membership',
            id: 'membership-1',
            role,
            organisationId: ORG,
            bodyId: COMMITTEE,
            portfolioId: 'portfolio-md',
            municipalityId: municipality.id,
            body: {
              __typename: 'Body',
              id: COMMITTEE,
              name: 'Maatschappelijke Dienstverlening',
              kind: 'COMMITTEE',
            },
            municipality: { __typename: 'Municipality', ...municipality },
          },
        ],
      },
      rules: packRulesToJson(defineRulesFor(actor)),
    },
  };
}

function advice(overrides: Partial<AdviceFieldsFragment> = {}) {
  return {
    __typename: 'Advice',
    id: 'advice-1',
    bodyId: COMMITTEE,
    agendaItemId: 'item-1',
    proposalId: 'p1',
    organisationId: ORG,
    status: 'DRAFT',
    outcome: 'POSITIVE',
    reasoning: 'Helder en uitvoerbaar.',
    confidentiality: 'PUBLIC',
    adoptedAt: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 3,
    reservations: [],
    ...overrides,
  };
}

function proposal(itemAdvice: ReturnType<typeof advice> | null = null) {
  const meeting = {
    __typename: 'Meeting',
    id: 'meeting-1',
    title: 'Commissie Maatschappelijke Dienstverlening',
    startsAt: '2026-12-01T15:00:00.000Z',
    body: { __typename: 'Body', id: COMMITTEE, name: 'Maatschappelijke Dienstverlening' },
  };
  return {
    __typename: 'Proposal',
    id: 'p1',
    title: 'Armoedebeleid Kempen 2027-2030',
    summary: 'Eén armoedebeleid voor de vijf gemeenten.',
    state: 'IN_COMMITTEE',
    confidentiality: 'CONFIDENTIAL',
    municipalityScope: [BLADEL.id, EERSEL.id],
    organisationId: ORG,
    portfolioId: 'portfolio-md',
    followedByMe: false,
    currentVersionNumber: 2,
    version: 4,
    currentVersion: {
      id: 'v2',
      number: 2,
      title: 'Armoedebeleid Kempen 2027-2030',
      body: '# Armoedebeleid\n\nTekst',
      changeNote: 'Kindpakket toegevoegd',
      createdAt: '2026-11-10T10:00:00.000Z',
      financialConsequences: 'Totaal € 90.000,00',
      decisionPoints: [
        { id: 'dp1', number: 1, text: 'Het armoedebeleid vast te stellen.' },
        { id: 'dp2', number: 2, text: 'De raden te vragen om wensen en bedenkingen.' },
      ],
      financialImpacts: [{ id: 'fi1', municipalityId: BLADEL.id, amountCents: '1850000', note: null }],
      documents: [
        {
          __typename: 'Document',
          id: 'doc-1',
          title: 'Toelichting armoedebeleid',
          fileName: 'toelichting armoedebeleid.md',
          contentType: 'text/markdown',
          sizeBytes: 4096,
          confidentiality: 'CONFIDENTIAL',
        },
      ],
    },
    versions: [
      {
        id: 'v1',
        number: 1,
        body: '# Armoedebeleid',
        changeNote: null,
        createdAt: '2026-11-01T10:00:00.000Z',
        decisionPoints: [{ id: 'dp0', number: 1, text: 'Het armoedebeleid vast te stellen.' }],
      },
      {
        id: 'v2',
        number: 2,
        body: '# Armoedebeleid\n\nTekst',
        changeNote: 'Kindpakket toegevoegd',
        createdAt: '2026-11-10T10:00:00.000Z',
        decisionPoints: [
          { id: 'dp1', number: 1, text: 'Het armoedebeleid vast te stellen.' },
          { id: 'dp2', number: 2, text: 'De raden te vragen om wensen en bedenkingen.' },
        ],
      },
    ],
    steps: [
      { at: '2026-11-01T10:00:00.000Z', from: null, to: 'CONCEPT', step: null, actor: null },
      {
        at: '2026-11-12T10:00:00.000Z',
        from: 'CONCEPT',
        to: 'IN_COMMITTEE',
        step: 'SUBMIT_TO_COMMITTEE',
        actor: { id: 'person-beleid', name: 'Bea Beleid' },
      },
    ],
    agendaItems: [
      {
        __typename: 'AgendaItem',
        id: 'item-1',
        purpose: 'ADVICE',
        title: 'Armoedebeleid Kempen 2027-2030',
        bodyId: COMMITTEE,
        confidentiality: 'CONFIDENTIAL',
        municipalityScope: [],
        meeting,
        sourceAgendaItem: null,
        forwardedTo: [],
        advice: itemAdvice,
      },
    ],
  };
}

const organisation = {
  organisation: {
    id: ORG,
    name: 'Kempengemeenten',
    municipalities: [BLADEL, EERSEL],
    portfolios: [{ id: 'portfolio-md', name: 'Maatschappelijke Dienstverlening' }],
  },
};

describe('ProposalPage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'p1' })) } },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render(
    answer: ReturnType<typeof proposal> | 'NOT_FOUND',
    me = wethouder(MembershipRole.CHAIR, BLADEL),
  ) {
    // Who is signed in is known before the page opens (the shell asked already).
    TestBed.inject(AccessStore);
    controller.expectOne('Me').flush({ data: me });
    const fixture = TestBed.createComponent(ProposalPage);
    fixture.detectChanges();
    await settle();
    const query = controller.expectOne('Proposal');
    if (answer === 'NOT_FOUND')
      query.flush({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
    else query.flush({ data: { proposal: answer } });
    await settle();
    fixture.detectChanges();
    if (answer !== 'NOT_FOUND') controller.expectOne('ProposalOrganisation').flush({ data: organisation });
    await settle();
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    return { fixture, host };
  }

  async function update(fixture: { detectChanges(): void }) {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  it('shows the proposal: title, state, gemeenten it is limited to, numbered beslispunten, costs per gemeente', async () => {
    const { host } = await render(proposal());

    expect(host.querySelector('h1')?.textContent).toContain('Armoedebeleid Kempen 2027-2030');
    expect(host.textContent).toContain('in commissie');
    expect(host.textContent).toContain('vertrouwelijk');
    expect(host.textContent).toContain('Alleen voor Bladel en Eersel');
    expect(host.textContent).toContain('Maatschappelijke Dienstverlening');
    const points = [...host.querySelectorAll('#proposal-text ~ ol li, section ol li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(points).toContain('De raden te vragen om wensen en bedenkingen.');
    const impact = host.querySelector('table tbody tr');
    expect(impact?.textContent).toContain('Bladel');
    expect(impact?.textContent).toMatch(/€\s*18\.500,00/);
  });

  it('links the papers of the current version to their files, marked when not public', async () => {
    const { host } = await render(proposal());

    const paper = [...host.querySelectorAll('li')].find((li) => li.textContent?.includes('Toelichting'));
    expect(paper?.querySelector('a')?.getAttribute('href')).toBe(
      '/export/documents/doc-1/toelichting%20armoedebeleid.md',
    );
    expect(paper?.textContent).toContain('4 kB');
    expect(paper?.textContent).toContain('vertrouwelijk');
  });

  it('says "niet gevonden of geen toegang" for a proposal that is missing or may not be read', async () => {
    const { host } = await render('NOT_FOUND');

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'niet gevonden of u heeft er geen toegang toe',
    );
  });

  it('marks what a newer version added, in words and not only colour', async () => {
    const { host } = await render(proposal());

    const added = [...host.querySelectorAll('ins')].map((ins) =>
      ins.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(added).toContain('+toegevoegd: 2. De raden te vragen om wensen en bedenkingen.');
  });

  it('lets a committee member draft the advice, and sends outcome and reasoning', async () => {
    const { fixture, host } = await render(proposal(null));
    const radio = host.querySelector<HTMLInputElement>('#outcome-1-item-1');
    radio?.click();
    const reasoning = host.querySelector<HTMLTextAreaElement>('#reasoning-item-1') as HTMLTextAreaElement;
    reasoning.value = 'Positief, mits het kindpakket wordt uitgebreid.';
    reasoning.dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('bk-advice-panel form')?.dispatchEvent(new Event('submit'));
    await update(fixture);

    const op = controller.expectOne('DraftAdvice');
    expect(op.operation.variables).toEqual({
      input: {
        agendaItemId: 'item-1',
        outcome: 'POSITIVE_WITH_CHANGES',
        reasoning: 'Positief, mits het kindpakket wordt uitgebreid.',
      },
    });
  });

  it('says next to the fields what is missing when the advice form is sent empty', async () => {
    const { fixture, host } = await render(proposal(null));
    host.querySelector<HTMLFormElement>('bk-advice-panel form')?.dispatchEvent(new Event('submit'));
    await update(fixture);

    expect(host.textContent).toContain('Kies een advies.');
    expect(host.querySelector('#reasoning-item-1')?.getAttribute('aria-invalid')).toBe('true');
    controller.expectNone('DraftAdvice');
  });

  it('keeps the edited draft and offers to reload when someone else changed it meanwhile', async () => {
    const { fixture, host } = await render(proposal(advice()));
    const reasoning = host.querySelector<HTMLTextAreaElement>('#reasoning-item-1') as HTMLTextAreaElement;
    expect(reasoning.value).toBe('Helder en uitvoerbaar.');
    reasoning.value = 'Aangepaste motivering';
    reasoning.dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('bk-advice-panel form')?.dispatchEvent(new Event('submit'));
    await update(fixture);

    const op = controller.expectOne('UpdateAdviceDraft');
    expect(op.operation.variables['input']).toMatchObject({ id: 'advice-1', expectedVersion: 3 });
    op.flush({ errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] });
    await update(fixture);

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Iemand anders heeft dit intussen gewijzigd',
    );
    expect(host.textContent).toContain('Laad de nieuwste versie');
    expect(reasoning.value).toBe('Aangepaste motivering');
  });

  it('lets the chair adopt the draft after confirming, with the version read', async () => {
    const { fixture, host } = await render(proposal(advice()));
    const adopt = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Advies vaststellen',
    );
    adopt?.click();
    await update(fixture);
    expect(host.textContent).toContain('gaat het voorstel naar de stand "geadviseerd"');
    controller.expectNone('AdoptAdvice');

    [...host.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Ja, advies vaststellen')
      ?.click();
    await update(fixture);

    expect(controller.expectOne('AdoptAdvice').operation.variables).toEqual({
      input: { id: 'advice-1', expectedVersion: 3 },
    });
  });

  it('offers an ordinary member no adoption, and shows an adopted advice read-only', async () => {
    const { host } = await render(
      proposal(advice({ status: 'ADOPTED', adoptedAt: '2026-11-20T17:00:00.000Z' })),
      wethouder(MembershipRole.MEMBER, EERSEL),
    );

    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels).not.toContain('Advies vaststellen');
    expect(labels).not.toContain('Concept-advies opslaan');
    expect(host.textContent).toContain('kan niet meer worden gewijzigd');
  });

  it('lets a member record a reservation for their own gemeente and lists reservations by gemeente', async () => {
    const { fixture, host } = await render(
      proposal(
        advice({
          status: 'ADOPTED',
          reservations: [
            {
              id: 'r1',
              municipalityId: BLADEL.id,
              text: 'Pas na de voorjaarsnota.',
              createdAt: '2026-11-20',
            },
          ],
        }),
      ),
      wethouder(MembershipRole.MEMBER, EERSEL),
    );
    expect(host.textContent).toContain('Voorbehoud van Bladel');
    const select = host.querySelector<HTMLSelectElement>('#reservation-municipality-item-1');
    expect([...(select?.options ?? [])].map((o) => o.textContent?.trim())).toEqual(['Eersel']);
    const text = host.querySelector<HTMLTextAreaElement>('#reservation-text-item-1') as HTMLTextAreaElement;
    text.value = 'Eersel wil eerst de raad horen.';
    text.dispatchEvent(new Event('input'));
    const forms = host.querySelectorAll<HTMLFormElement>('bk-advice-panel form');
    forms[forms.length - 1]?.dispatchEvent(new Event('submit'));
    await update(fixture);

    expect(controller.expectOne('RecordAdviceReservation').operation.variables).toEqual({
      input: { adviceId: 'advice-1', municipalityId: EERSEL.id, text: 'Eersel wil eerst de raad horen.' },
    });
  });

  it('shows where the proposal came from and went: its steps and the agendas it was forwarded to', async () => {
    const forwarded = proposal();
    const dbItem = {
      __typename: 'AgendaItem',
      id: 'item-db',
      purpose: 'DECISION',
      meeting: {
        __typename: 'Meeting',
        id: 'meeting-db',
        title: 'Dagelijks Bestuur',
        startsAt: '2026-12-10T08:30:00.000Z',
        body: { __typename: 'Body', id: 'body-db', name: 'Dagelijks Bestuur' },
      },
    };
    (forwarded.agendaItems[0] as { forwardedTo: unknown[] }).forwardedTo = [dbItem];
    const { host } = await render(forwarded);

    const lineage = host.querySelector('bk-proposal-lineage') as HTMLElement;
    const steps = [...(lineage.querySelectorAll('ol')[0]?.querySelectorAll('li') ?? [])].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(steps).toEqual([
      '1 november 2026 om 11:00: aangemaakt als concept (automatisch)',
      '12 november 2026 om 11:00: naar in commissie (door Bea Beleid)',
    ]);
    const agenda = lineage.querySelectorAll('ol')[1]?.textContent?.replace(/\s+/g, ' ');
    expect(agenda).toContain('Maatschappelijke Dienstverlening, 1 december 2026 (ter advisering)');
    expect(agenda).toContain('doorgestuurd naar Dagelijks Bestuur, 10 december 2026');
    expect(lineage.querySelector('a[href="/vergaderingen/meeting-db"]')).not.toBeNull();
  });

  it('follows the proposal when asked', async () => {
    const { fixture, host } = await render(proposal());
    [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Volg dit voorstel')?.click();
    await update(fixture);

    expect(controller.expectOne('FollowProposal').operation.variables).toEqual({ proposalId: 'p1' });
  });
});
