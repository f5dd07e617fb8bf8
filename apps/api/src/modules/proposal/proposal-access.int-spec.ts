import { graphqlRequest, type GraphqlResponse } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole, ProposalState } from '@bestuurskracht/shared/domain';
import {
  aCommitteeSetting,
  aMeeting,
  anAgendaItem,
  aProposal,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { aBody } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const BY_ID = `query ($id: ID!) { proposal(id: $id) { id } }`;
const LIST = `query ($organisationId: ID, $portfolioId: ID) {
  proposals(organisationId: $organisationId, portfolioId: $portfolioId) { nodes { id } totalCount } }`;
const PAPERS = `query ($id: ID!) { proposal(id: $id) { title versions { number } currentVersion { number } } }`;
const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
const UPDATE = `mutation ($input: UpdateProposalConceptInput!) { updateProposalConcept(input: $input) { id } }`;
const ADD_VERSION = `mutation ($input: AddProposalVersionInput!) { addProposalVersion(input: $input) { id } }`;

const code = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];

interface Stage extends BuiltSetting {
  staff: SignedInMember;
  director: SignedInMember;
  /** a member of the committee, acting for the first gemeente */
  committeeMember: SignedInMember;
  /** a DB member acting for the second gemeente */
  boardMember: SignedInMember;
}

describe('who may see and change proposals', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function aStage(): Promise<Stage> {
    const setting = await aCommitteeSetting(api.dataSource);
    const { organisation, portfolio, committee, municipalities } = setting;
    const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
    const member = (role: MembershipRole, adjust?: Parameters<typeof aSignedInMember>[4]) =>
      aSignedInMember(api.dataSource, api.server, organisation.id, role, adjust);
    return {
      ...setting,
      staff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      director: await member(MembershipRole.DIRECTOR),
      committeeMember: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(committee.id).forMunicipality(municipalities[0].id),
      ),
      boardMember: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(board.id).forMunicipality(municipalities[1].id),
      ),
    };
  }

  const restrict = (proposalId: string, confidentiality: string, municipalityScope: string[] = []) =>
    api.dataSource.query(`UPDATE proposal SET confidentiality = $2, municipality_scope = $3 WHERE id = $1`, [
      proposalId,
      confidentiality,
      municipalityScope,
    ]);

  const onCommitteeAgenda = async (stage: Stage, proposal: { id: string }) => {
    const meeting = await aMeeting(stage.committee).create(api.dataSource);
    return anAgendaItem(meeting).carrying(proposal).forAdvice().create(api.dataSource);
  };

  /** For each person, whether they may read the proposal. */
  const readers = (proposalId: string, people: SignedInMember[]) =>
    Promise.all(people.map(async (person) => !code(await person.request(BY_ID, { id: proposalId }))));

  it('asks a visitor without a session to sign in', async () => {
    const stage = await aStage();
    const list = await graphqlRequest(api.server, LIST, { organisationId: stage.organisation.id });
    const create = await graphqlRequest(api.server, CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title: 'Anoniem',
        body: 'Tekst',
        decisionPoints: ['Punt'],
        confidentiality: 'PUBLIC',
      },
    });
    expect([code(list), code(create)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('shows a concept to its portfolio’s staff and the director, not to a committee member', async () => {
    const stage = await aStage();
    const { proposal } = await aProposal(stage.portfolio, stage.person.id).create(api.dataSource);
    expect(await readers(proposal.id, [stage.staff, stage.director, stage.committeeMember])).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('shows a submitted confidential proposal to the members of a body whose agenda carries it', async () => {
    const stage = await aStage();
    const { proposal } = await aProposal(stage.portfolio, stage.person.id)
      .inState(ProposalState.IN_COMMITTEE)
      .create(api.dataSource);
    await restrict(proposal.id, 'CONFIDENTIAL');
    const before = await readers(proposal.id, [stage.committeeMember, stage.boardMember]);
    await onCommitteeAgenda(stage, proposal);
    const after = await readers(proposal.id, [stage.committeeMember, stage.boardMember]);
    expect({ before, after }).toEqual({ before: [false, false], after: [true, false] });
  });

  it('hides a proposal limited to one gemeente from people acting for another, also in the count', async () => {
    const stage = await aStage();
    const { proposal } = await aProposal(stage.portfolio, stage.person.id)
      .inState(ProposalState.ADVISED)
      .create(api.dataSource);
    await restrict(proposal.id, 'PUBLIC', [stage.municipalities[0].id]);
    const listed = async (person: SignedInMember) =>
      (
        await person.request<{ proposals: { nodes: { id: string }[]; totalCount: number } }>(LIST, {
          organisationId: stage.organisation.id,
        })
      ).data?.proposals;
    expect({
      forGemeente: await listed(stage.committeeMember),
      forOther: await listed(stage.boardMember),
    }).toEqual({
      forGemeente: { nodes: [{ id: proposal.id }], totalCount: 1 },
      forOther: { nodes: [], totalCount: 0 },
    });
  });

  it('gives a person of another organisation nothing, and lets them change nothing', async () => {
    const stage = await aStage();
    const { proposal: concept } = await aProposal(stage.portfolio, stage.person.id).create(api.dataSource);
    const { proposal: advised } = await aProposal(stage.portfolio, stage.person.id)
      .inState(ProposalState.ADVISED)
      .create(api.dataSource);
    const elsewhere = await aCommitteeSetting(api.dataSource);
    const outsider = await aSignedInMember(
      api.dataSource,
      api.server,
      elsewhere.organisation.id,
      MembershipRole.STAFF,
      (m) => m.inPortfolio(elsewhere.portfolio.id),
    );
    const text = { title: 'Overgenomen', body: 'Tekst', decisionPoints: ['Punt'] };
    const answers = {
      byId: code(await outsider.request(BY_ID, { id: advised.id })),
      list: (await outsider.request(LIST, { organisationId: stage.organisation.id })).data,
      byPortfolio: code(await outsider.request(LIST, { portfolioId: stage.portfolio.id })),
      create: code(
        await outsider.request(CREATE, {
          input: { ...text, portfolioId: stage.portfolio.id, confidentiality: 'PUBLIC' },
        }),
      ),
      update: code(
        await outsider.request(UPDATE, { input: { id: concept.id, expectedVersion: 1, title: 'x' } }),
      ),
      addVersion: code(
        await outsider.request(ADD_VERSION, {
          input: { ...text, proposalId: advised.id, expectedVersion: 1, changeNote: 'overname' },
        }),
      ),
    };
    const [written] = await api.dataSource.query(
      `SELECT count(*)::int AS proposals, sum(version)::int AS versions FROM proposal WHERE portfolio_id = $1`,
      [stage.portfolio.id],
    );
    expect({ ...answers, written }).toEqual({
      byId: 'NOT_FOUND',
      list: { proposals: { nodes: [], totalCount: 0 } },
      byPortfolio: 'NOT_FOUND',
      create: 'NOT_FOUND',
      update: 'NOT_FOUND',
      addVersion: 'NOT_FOUND',
      written: { proposals: 2, versions: 2 },
    });
  });

  it('shows no proposal on an agenda item to a reader of the item who may not read the proposal', async () => {
    const stage = await aStage();
    const { proposal } = await aProposal(stage.portfolio, stage.person.id).create(api.dataSource);
    const item = await onCommitteeAgenda(stage, proposal);
    const response = await stage.committeeMember.request<{ agendaItem: { proposal: unknown } }>(
      `query ($id: ID!) { agendaItem(id: $id) { proposal { id } } }`,
      { id: item.id },
    );
    expect(response.data?.agendaItem).toEqual({ proposal: null });
  });

  it('refuses writes to readers who may not make them', async () => {
    const stage = await aStage();
    const { proposal: concept } = await aProposal(stage.portfolio, stage.staff.personId).create(
      api.dataSource,
    );
    const { proposal: inCommittee } = await aProposal(stage.portfolio, stage.staff.personId)
      .inState(ProposalState.IN_COMMITTEE)
      .create(api.dataSource);
    await onCommitteeAgenda(stage, inCommittee);
    const text = { title: 'Anders', body: 'Tekst', decisionPoints: ['Punt'] };
    expect({
      directorEditsConcept: code(
        await stage.director.request(UPDATE, { input: { id: concept.id, expectedVersion: 1, title: 'x' } }),
      ),
      memberAddsVersion: code(
        await stage.committeeMember.request(ADD_VERSION, {
          input: { ...text, proposalId: inCommittee.id, expectedVersion: 1, changeNote: 'amendement' },
        }),
      ),
      memberDrafts: code(
        await stage.committeeMember.request(CREATE, {
          input: { ...text, portfolioId: stage.portfolio.id, confidentiality: 'PUBLIC' },
        }),
      ),
    }).toEqual({
      directorEditsConcept: 'FORBIDDEN',
      memberAddsVersion: 'FORBIDDEN',
      memberDrafts: 'FORBIDDEN',
    });
  });

  it('keeps a proposal’s text from a person barred from its papers by a conflict of interest', async () => {
    const stage = await aStage();
    const { proposal } = await aProposal(stage.portfolio, stage.person.id)
      .titled('Aanbesteding')
      .inState(ProposalState.ADVISED)
      .create(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO conflict_of_interest (organisation_id, person_id, proposal_id, reason, bars_papers)
       VALUES ($1, $2, $3, 'Familie van inschrijver', true)`,
      [stage.organisation.id, stage.committeeMember.personId, proposal.id],
    );
    const papers = async (person: SignedInMember) =>
      (await person.request<{ proposal: unknown }>(PAPERS, { id: proposal.id })).data?.proposal;
    expect({ barred: await papers(stage.committeeMember), other: await papers(stage.boardMember) }).toEqual({
      barred: { title: 'Aanbesteding', versions: [], currentVersion: null },
      other: { title: 'Aanbesteding', versions: [{ number: 1 }], currentVersion: { number: 1 } },
    });
  });
});
