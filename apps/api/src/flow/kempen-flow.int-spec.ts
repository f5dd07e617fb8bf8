import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aMeeting } from '../test/builders/meeting.builders';
import { aBody, aPortfolio, anOrganisation } from '../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../test/signed-in-member';
import { startTestApp, type TestApp } from '../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id state version } }`;
const SEND = `mutation ($input: SendProposalToCommitteeInput!) {
  sendProposalToCommittee(input: $input) { id purpose proposal { id state version } } }`;
const DRAFT = `mutation ($input: DraftAdviceInput!) { draftAdvice(input: $input) { id version } }`;
const ADOPT = `mutation ($input: AdoptAdviceInput!) { adoptAdvice(input: $input) { status } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { state version } }`;
const WITHDRAW = `mutation ($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { state } }`;

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

/**
 * The Kempengemeenten route through the GraphQL API: a beleidsambtenaar's concept goes to the committee, the committee
 * advises, the directors review the DB agenda, the DB decides, the besluitenlijst is published.
 */
describe('the Kempengemeenten flow', () => {
  let api: TestApp;
  let stage: Awaited<ReturnType<typeof aKempenStage>>;

  beforeAll(async () => {
    api = await startTestApp();
    stage = await aKempenStage();
  });
  afterAll(() => api.close());

  async function aKempenStage() {
    const db = api.dataSource;
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel', 'Eersel')
      .create(db);
    const [bladel, eersel] = municipalities;
    if (!bladel || !eersel) throw new Error('the stage needs two gemeenten');
    const portfolio = await aPortfolio(organisation.id).create(db);
    const otherPortfolio = await aPortfolio(organisation.id, 'Fysiek domein').create(db);
    const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(db);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(portfolio.id)
      .advising(board.id)
      .create(db);
    const member = (role: MembershipRole, adjust: Parameters<typeof aSignedInMember>[4]) =>
      aSignedInMember(db, api.server, organisation.id, role, adjust);
    return {
      organisation,
      portfolio,
      committee,
      board,
      bladel,
      eersel,
      staff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      otherStaff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(otherPortfolio.id)),
      chair: await member(MembershipRole.CHAIR, (m) => m.inBody(committee.id).forMunicipality(bladel.id)),
      committeeMember: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(committee.id).forMunicipality(eersel.id),
      ),
      committeeMeeting: await aMeeting(committee).titled('Commissie Sociaal').create(db),
    };
  }

  async function aConcept(author: SignedInMember, title = 'Regionaal armoedebeleid') {
    const response = await author.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title,
        body: 'De gemeenten stemmen hun armoedebeleid af.',
        decisionPoints: ['In te stemmen met het regionale armoedebeleid'],
        confidentiality: 'PUBLIC',
      },
    });
    const created = response.data?.createProposal;
    if (!created) throw new Error(JSON.stringify(response.errors));
    return created;
  }

  const stateOf = async (member: SignedInMember, id: string) =>
    (await member.request<{ proposal: { state: string } }>(PROPOSAL, { id })).data?.proposal.state;

  describe('into the committee', () => {
    it('goes from concept to in committee to advised, by the author and the committee', async () => {
      const concept = await aConcept(stage.staff);
      const sent = await stage.staff.request<{
        sendProposalToCommittee: { id: string; purpose: string; proposal: { state: string } };
      }>(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          meetingId: stage.committeeMeeting.id,
        },
      });
      const item = sent.data?.sendProposalToCommittee;
      const draft = await stage.committeeMember.request<{ draftAdvice: { id: string; version: number } }>(
        DRAFT,
        {
          input: {
            agendaItemId: item?.id,
            outcome: 'POSITIVE',
            reasoning: 'De commissie adviseert positief.',
          },
        },
      );
      const advice = draft.data?.draftAdvice;
      const adopted = await stage.chair.request(ADOPT, {
        input: { id: advice?.id, expectedVersion: advice?.version },
      });
      expect({
        purpose: item?.purpose,
        afterSending: item?.proposal.state,
        adopted: adopted.errors,
        afterAdvice: await stateOf(stage.staff, concept.id),
        seenByCommitteeMember: await stateOf(stage.committeeMember, concept.id),
      }).toEqual({
        purpose: 'ADVICE',
        afterSending: 'IN_COMMITTEE',
        adopted: undefined,
        afterAdvice: 'ADVISED',
        seenByCommitteeMember: 'ADVISED',
      });
    });

    it('records each step in the audit trail with its author', async () => {
      const concept = await aConcept(stage.staff);
      await stage.staff.request(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          meetingId: stage.committeeMeeting.id,
        },
      });
      const steps = await api.dataSource.query(
        `SELECT actor_id, details->>'step' AS step, details->>'to' AS "to" FROM audit_entry
          WHERE subject_id = $1 AND action = 'moveProposal'`,
        [concept.id],
      );
      expect(steps).toEqual([
        { actor_id: stage.staff.personId, step: 'SUBMIT_TO_COMMITTEE', to: 'IN_COMMITTEE' },
      ]);
    });

    it('refuses a second submission, a stale version and someone outside the portfolio', async () => {
      const concept = await aConcept(stage.staff);
      const input = {
        proposalId: concept.id,
        expectedVersion: concept.version,
        meetingId: stage.committeeMeeting.id,
      };
      const outsider = await stage.otherStaff.request(SEND, { input });
      const stale = await stage.staff.request(SEND, {
        input: { ...input, expectedVersion: concept.version + 1 },
      });
      const first = await stage.staff.request(SEND, { input });
      const again = await stage.staff.request(SEND, {
        input: { ...input, expectedVersion: concept.version + 1 },
      });
      expect([code(outsider), code(stale), first.errors, code(again)]).toEqual([
        'NOT_FOUND',
        'CONFLICT',
        undefined,
        'CONFLICT',
      ]);
    });

    it('puts a proposal only on a committee or portefeuillehoudersoverleg agenda', async () => {
      const concept = await aConcept(stage.staff);
      const boardMeeting = await aMeeting(stage.board).create(api.dataSource);
      const response = await stage.staff.request(SEND, {
        input: { proposalId: concept.id, expectedVersion: concept.version, meetingId: boardMeeting.id },
      });
      expect({ code: code(response), state: await stateOf(stage.staff, concept.id) }).toEqual({
        code: 'BAD_USER_INPUT',
        state: 'CONCEPT',
      });
    });

    it('withdraws a proposal with a reason, and then refuses every further step', async () => {
      const concept = await aConcept(stage.staff);
      const blank = await stage.staff.request(WITHDRAW, {
        input: { proposalId: concept.id, expectedVersion: concept.version, reason: '  ' },
      });
      const withdrawn = await stage.staff.request<{ withdrawProposal: { state: string } }>(WITHDRAW, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          reason: 'Vervangen door een nieuw voorstel',
        },
      });
      const sent = await stage.staff.request(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version + 1,
          meetingId: stage.committeeMeeting.id,
        },
      });
      expect([code(blank), withdrawn.data?.withdrawProposal.state, code(sent)]).toEqual([
        'BAD_USER_INPUT',
        'WITHDRAWN',
        'CONFLICT',
      ]);
    });
  });
});
