import { MembershipRole, ProposalState } from '@bestuurskracht/shared/domain';
import { countStatements } from '@bestuurskracht/api/testing';
import {
  aCommitteeSetting,
  aMeeting,
  anAdvice,
  anAgendaItem,
  aProposal,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type Requester } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) {
  createProposal(input: $input) {
    id organisationId authorId state currentVersionNumber version
    currentVersion { number title decisionPoints { number text } financialImpacts { municipalityId amountCents } } } }`;
const UPDATE = `mutation ($input: UpdateProposalConceptInput!) {
  updateProposalConcept(input: $input) {
    title version currentVersion { number body decisionPoints { text } } versions { number } } }`;
const ADD_VERSION = `mutation ($input: AddProposalVersionInput!) {
  addProposalVersion(input: $input) {
    title currentVersionNumber version
    versions { number changeNote decisionPoints { text } } currentVersion { number } } }`;
const LIST = `query ($organisationId: ID, $state: ProposalState, $portfolioId: ID, $after: String) {
  proposals(organisationId: $organisationId, state: $state, portfolioId: $portfolioId, first: 2, after: $after) {
    nodes { title } pageInfo { endCursor hasNextPage } totalCount } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

type Page = {
  proposals: {
    nodes: { title: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

describe('proposals', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A committee setting with a beleidsambtenaar of its portfolio, signed in. */
  async function aStaffedSetting(): Promise<BuiltSetting & { staffId: string; request: Requester }> {
    const setting = await aCommitteeSetting(api.dataSource);
    const staff = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.STAFF,
      (membership) => membership.inPortfolio(setting.portfolio.id),
    );
    return { ...setting, staffId: staff.personId, request: staff.request };
  }

  const aDirectorOf = (setting: BuiltSetting) =>
    aSignedInMember(api.dataSource, api.server, setting.organisation.id, MembershipRole.DIRECTOR);

  it('drafts a concept with its first version, beslispunten and per-gemeente impact', async () => {
    const setting = await aStaffedSetting();
    const [bladel] = setting.municipalities;
    const response = await setting.request<{ createProposal: Record<string, unknown> }>(CREATE, {
      input: {
        portfolioId: setting.portfolio.id,
        title: 'Uitvoeringsprogramma VTH 2031',
        body: 'Aanleiding en argumenten.',
        decisionPoints: ['In te stemmen met het programma', 'De raden te informeren'],
        financialImpacts: [{ municipalityId: bladel.id, amountCents: '-12500000000' }],
        confidentiality: 'PUBLIC',
      },
    });
    expect(response.data?.createProposal).toEqual({
      id: expect.any(String),
      organisationId: setting.organisation.id,
      authorId: setting.staffId,
      state: 'CONCEPT',
      currentVersionNumber: 1,
      version: 1,
      currentVersion: {
        number: 1,
        title: 'Uitvoeringsprogramma VTH 2031',
        decisionPoints: [
          { number: 1, text: 'In te stemmen met het programma' },
          { number: 2, text: 'De raden te informeren' },
        ],
        financialImpacts: [{ municipalityId: bladel.id, amountCents: '-12500000000' }],
      },
    });
  });

  it('names every invalid field of a new proposal', async () => {
    const setting = await aStaffedSetting();
    const response = await setting.request(CREATE, {
      input: {
        portfolioId: setting.portfolio.id,
        title: 'Zonder beslispunten',
        body: '',
        decisionPoints: [],
        financialImpacts: [{ municipalityId: setting.municipalities[0].id, amountCents: '12,50' }],
        confidentiality: 'PUBLIC',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'body', message: 'body should not be empty' },
        { field: 'decisionPoints', message: 'decisionPoints must contain at least one beslispunt' },
        {
          field: 'financialImpacts.0.amountCents',
          message: 'amountCents must be a whole number of euro cents, e.g. "-125000"',
        },
      ],
    });
  });

  it('refuses a financial impact for a gemeente outside the organisation, and saves nothing', async () => {
    const setting = await aStaffedSetting();
    const other = await anOrganisation().withMunicipalities('Dinkelland').create(api.dataSource);
    const response = await setting.request(CREATE, {
      input: {
        portfolioId: setting.portfolio.id,
        title: 'Buiten de regeling',
        body: 'Tekst',
        decisionPoints: ['Punt'],
        financialImpacts: [{ municipalityId: other.municipalities[0].id, amountCents: '100' }],
        confidentiality: 'PUBLIC',
      },
    });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM proposal WHERE portfolio_id = $1`,
      [setting.portfolio.id],
    );
    expect({ field: response.errors?.[0]?.extensions?.['fields'], count }).toEqual({
      field: [
        {
          field: 'financialImpacts',
          message: `must be gemeenten taking part in the organisation (not: ${other.municipalities[0].id})`,
        },
      ],
      count: 0,
    });
  });

  it('records the signed-in author as the actor of the new concept', async () => {
    const setting = await aStaffedSetting();
    const response = await setting.request<{ createProposal: { id: string } }>(CREATE, {
      input: {
        portfolioId: setting.portfolio.id,
        title: 'Door wie',
        body: 'Tekst',
        decisionPoints: ['Punt'],
        confidentiality: 'PUBLIC',
      },
    });
    const id = response.data?.createProposal.id;
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_entry WHERE subject_type = 'Proposal' AND subject_id = $1`,
      [id],
    );
    const [version] = await api.dataSource.query(
      `SELECT created_by_id FROM proposal_version WHERE proposal_id = $1`,
      [id],
    );
    expect({ audit, createdBy: version.created_by_id }).toEqual({
      audit: [{ actor_id: setting.staffId }],
      createdBy: setting.staffId,
    });
  });

  it('edits a concept’s text in place, without a new version', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId).create(api.dataSource);
    const response = await setting.request<{ updateProposalConcept: unknown }>(UPDATE, {
      input: {
        id: proposal.id,
        expectedVersion: 1,
        title: 'Herzien',
        body: 'Nieuwe tekst',
        decisionPoints: ['Alleen dit'],
      },
    });
    expect(response.data?.updateProposalConcept).toEqual({
      title: 'Herzien',
      version: 2,
      currentVersion: { number: 1, body: 'Nieuwe tekst', decisionPoints: [{ text: 'Alleen dit' }] },
      versions: [{ number: 1 }],
    });
  });

  it('refuses to edit a submitted proposal in place', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId)
      .inState(ProposalState.IN_COMMITTEE)
      .create(api.dataSource);
    const response = await setting.request(UPDATE, {
      input: { id: proposal.id, expectedVersion: 1, title: 'Stiekem' },
    });
    expect(response.errors?.[0]?.message).toBe(
      'only a concept can be edited; a submitted proposal gets a new version instead',
    );
  });

  it('refuses a concept edit based on an old version', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId).create(api.dataSource);
    await setting.request(UPDATE, {
      input: { id: proposal.id, expectedVersion: 1, title: 'Eerst' },
    });
    const late = await setting.request(UPDATE, {
      input: { id: proposal.id, expectedVersion: 1, body: 'Later' },
    });
    const [version] = await api.dataSource.query(`SELECT body FROM proposal_version WHERE proposal_id = $1`, [
      proposal.id,
    ]);
    expect({ code: late.errors?.[0]?.extensions?.['code'], body: version.body }).toEqual({
      code: 'CONFLICT',
      body: 'Aanleiding, argumenten en communicatie.',
    });
  });

  it('adds a new version to a submitted proposal and keeps the old one', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId)
      .inState(ProposalState.ADVISED)
      .withDecisionPoints('Oud punt')
      .create(api.dataSource);
    const response = await setting.request<{ addProposalVersion: unknown }>(ADD_VERSION, {
      input: {
        proposalId: proposal.id,
        expectedVersion: 1,
        title: 'Gewijzigd voorstel',
        body: 'Tekst na amendement',
        changeNote: 'amendement Bladel aangenomen',
        decisionPoints: ['Nieuw punt 1', 'Nieuw punt 2'],
      },
    });
    expect(response.data?.addProposalVersion).toEqual({
      title: 'Gewijzigd voorstel',
      currentVersionNumber: 2,
      version: 2,
      versions: [
        { number: 1, changeNote: null, decisionPoints: [{ text: 'Oud punt' }] },
        {
          number: 2,
          changeNote: 'amendement Bladel aangenomen',
          decisionPoints: [{ text: 'Nieuw punt 1' }, { text: 'Nieuw punt 2' }],
        },
      ],
      currentVersion: { number: 2 },
    });
  });

  it('refuses a new version for a concept', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId).create(api.dataSource);
    const response = await setting.request(ADD_VERSION, {
      input: {
        proposalId: proposal.id,
        expectedVersion: 1,
        title: 'Te vroeg',
        body: 'Tekst',
        changeNote: 'waarom',
        decisionPoints: ['Punt'],
      },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('requires a reason for a new version', async () => {
    const setting = await aStaffedSetting();
    const response = await setting.request(ADD_VERSION, {
      input: {
        proposalId: MISSING,
        expectedVersion: 1,
        title: 'Zonder reden',
        body: 'Tekst',
        changeNote: '',
        decisionPoints: ['Punt'],
      },
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'changeNote', message: 'changeNote should not be empty' },
    ]);
  });

  it('pages through an organisation’s proposals in a state, most recently changed first', async () => {
    const setting = await aStaffedSetting();
    for (const title of ['eerste', 'tweede', 'derde']) {
      await aProposal(setting.portfolio, setting.staffId)
        .titled(title)
        .inState(ProposalState.ADVISED)
        .create(api.dataSource);
    }
    await aProposal(setting.portfolio, setting.staffId).titled('concept').create(api.dataSource);
    const filter = { organisationId: setting.organisation.id, state: 'ADVISED' };
    const first = await setting.request<Page>(LIST, filter);
    const second = await setting.request<Page>(LIST, {
      ...filter,
      after: first.data?.proposals.pageInfo.endCursor,
    });
    expect({
      first: first.data?.proposals.nodes.map((n) => n.title),
      second: second.data?.proposals.nodes.map((n) => n.title),
      more: second.data?.proposals.pageInfo.hasNextPage,
      total: first.data?.proposals.totalCount,
    }).toEqual({ first: ['derde', 'tweede'], second: ['eerste'], more: false, total: 3 });
  });

  it('shows where a proposal appears and the advice given on it', async () => {
    const setting = await aStaffedSetting();
    const { proposal } = await aProposal(setting.portfolio, setting.staffId).create(api.dataSource);
    const committeeMeeting = await aMeeting(setting.committee).startingInDays(3).create(api.dataSource);
    const committeeItem = await anAgendaItem(committeeMeeting)
      .carrying(proposal)
      .forAdvice()
      .create(api.dataSource);
    const advice = await anAdvice(committeeItem, setting.person.id).create(api.dataSource);
    const boardMeeting = await aMeeting(setting.committee).startingInDays(10).create(api.dataSource);
    const boardItem = await anAgendaItem(boardMeeting)
      .carrying(proposal)
      .forwardedFrom(committeeItem)
      .create(api.dataSource);
    const director = await aDirectorOf(setting);
    const response = await director.request<{ proposal: unknown }>(
      `query ($id: ID!) { proposal(id: $id) { agendaItems { id } advices { id } } }`,
      { id: proposal.id },
    );
    expect(response.data?.proposal).toEqual({
      agendaItems: [{ id: committeeItem.id }, { id: boardItem.id }],
      advices: [{ id: advice.id }],
    });
  });

  it('reads versions, beslispunten and impacts of many proposals in as many statements as of one', async () => {
    const one = await aStaffedSetting();
    const many = await aStaffedSetting();
    await aProposal(one.portfolio, one.staffId).create(api.dataSource);
    for (let i = 0; i < 8; i++) await aProposal(many.portfolio, many.staffId).create(api.dataSource);
    const query = `query ($portfolioId: ID) { proposals(portfolioId: $portfolioId) { nodes {
      versions { decisionPoints { text } financialImpacts { amountCents } }
      currentVersion { number } agendaItems { id } advices { id } } } }`;
    const forOne = await countStatements(() => one.request(query, { portfolioId: one.portfolio.id }));
    const forMany = await countStatements(() => many.request(query, { portfolioId: many.portfolio.id }));
    expect(forMany).toBe(forOne);
  });

  it('answers an unknown proposal with NOT_FOUND', async () => {
    const setting = await aStaffedSetting();
    const response = await setting.request(`query ($id: ID!) { proposal(id: $id) { title } }`, {
      id: MISSING,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
