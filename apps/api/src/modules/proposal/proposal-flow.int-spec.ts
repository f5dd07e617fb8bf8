import { countStatements } from '@bestuurskracht/api/testing';
import { BodyKind, MeetingStatus, MembershipRole, ProposalState } from '@bestuurskracht/shared/domain';
import { aMeeting, anAgendaItem, aProposal } from '../../test/builders/meeting.builders';
import { aBody, aPortfolio, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id version } }`;
const SEND = `mutation ($input: SendProposalToCommitteeInput!) {
  sendProposalToCommittee(input: $input) {
    id title purpose handling position confidentiality municipalityScope proposal { state version } } }`;
const DRAFT = `mutation ($input: DraftAdviceInput!) { draftAdvice(input: $input) { id version } }`;
const ADOPT = `mutation ($input: AdoptAdviceInput!) { adoptAdvice(input: $input) { status } }`;
const WITHDRAW = `mutation ($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { state version } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { state version } }`;
const STEPS = `query ($id: ID!) {
  proposal(id: $id) { steps { step from to at actor { id name } } } }`;
const LIST = `query { proposals(first: 100) { nodes { id } } }`;
const ITEM_STEPS = `query ($id: ID!) { agendaItem(id: $id) { proposal { steps { step } } } }`;

type Response = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (response: Response) => response.errors?.[0]?.extensions?.['code'];
const fields = (response: Response) => response.errors?.[0]?.extensions?.['fields'];

interface SentItem {
  id: string;
  title: string;
  purpose: string;
  handling: string;
  position: number;
  confidentiality: string;
  municipalityScope: string[];
  proposal: { state: string; version: number };
}

interface StepRecord {
  step: string | null;
  from: string | null;
  to: string;
  at: string;
  actor: { id: string; name: string } | null;
}

/** A proposal's way into and through the committee, through the GraphQL API. */
describe('a proposal into the committee', () => {
  let api: TestApp;
  let stage: Awaited<ReturnType<typeof aStage>>;

  beforeAll(async () => {
    api = await startTestApp();
    stage = await aStage();
  });
  afterAll(() => api.close());

  async function aStage() {
    const db = api.dataSource;
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel', 'Eersel')
      .create(db);
    const [bladel, eersel] = municipalities;
    if (!bladel || !eersel) throw new Error('the stage needs two gemeenten');
    const portfolio = await aPortfolio(organisation.id).create(db);
    const otherPortfolio = await aPortfolio(organisation.id, 'Fysiek domein').create(db);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE).forPortfolio(portfolio.id).create(db);
    const portfolioMeeting = await aBody(organisation.id, BodyKind.PORTFOLIO_MEETING)
      .forPortfolio(portfolio.id)
      .create(db);
    const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(db);
    const other = await anOrganisation().withMunicipalities('Dinkelland').create(db);
    const otherCommittee = await aBody(other.organisation.id, BodyKind.COMMITTEE).create(db);
    const member = (role: MembershipRole, adjust: Parameters<typeof aSignedInMember>[4]) =>
      aSignedInMember(db, api.server, organisation.id, role, adjust);
    return {
      organisation,
      portfolio,
      bladel,
      eersel,
      staff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      otherStaff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(otherPortfolio.id)),
      bladelStaff: await member(MembershipRole.STAFF, (m) =>
        m.inPortfolio(otherPortfolio.id).forMunicipality(bladel.id),
      ),
      eerselStaff: await member(MembershipRole.STAFF, (m) =>
        m.inPortfolio(otherPortfolio.id).forMunicipality(eersel.id),
      ),
      chair: await member(MembershipRole.CHAIR, (m) => m.inBody(committee.id).forMunicipality(bladel.id)),
      committeeMember: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(committee.id).forMunicipality(eersel.id),
      ),
      director: await member(MembershipRole.DIRECTOR, (m) => m),
      otherDirector: await aSignedInMember(db, api.server, other.organisation.id, MembershipRole.DIRECTOR),
      committeeMeeting: await aMeeting(committee).titled('Commissie Sociaal').create(db),
      closedCommitteeMeeting: await aMeeting(committee).withStatus(MeetingStatus.CLOSED).create(db),
      portfolioMeetingMeeting: await aMeeting(portfolioMeeting).create(db),
      boardMeeting: await aMeeting(board).create(db),
      otherOrganisationMeeting: await aMeeting(otherCommittee).create(db),
    };
  }

  async function aConcept(input: { title?: string; municipalityScope?: string[] } = {}) {
    const response = await stage.staff.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title: input.title ?? 'Regionaal armoedebeleid',
        body: 'De gemeenten stemmen hun armoedebeleid af.',
        decisionPoints: ['In te stemmen met het regionale armoedebeleid'],
        municipalityScope: input.municipalityScope ?? [],
        confidentiality: 'PUBLIC',
      },
    });
    const created = response.data?.createProposal;
    if (!created) throw new Error(JSON.stringify(response.errors));
    return created;
  }

  const send = (
    by: SignedInMember,
    concept: { id: string; version: number },
    meetingId = stage.committeeMeeting.id,
    extra: Record<string, unknown> = {},
  ) =>
    by.request<{ sendProposalToCommittee: SentItem }>(SEND, {
      input: { proposalId: concept.id, expectedVersion: concept.version, meetingId, ...extra },
    });

  async function inCommittee(input: { municipalityScope?: string[] } = {}) {
    const concept = await aConcept(input);
    const sent = await send(stage.staff, concept);
    const item = sent.data?.sendProposalToCommittee;
    if (!item) throw new Error(JSON.stringify(sent.errors));
    return { id: concept.id, itemId: item.id, version: item.proposal.version };
  }

  const proposalOf = async (id: string, by = stage.staff) =>
    (await by.request<{ proposal: { state: string; version: number } }>(PROPOSAL, { id })).data?.proposal;

  const stepsOf = (id: string, by: SignedInMember) =>
    by.request<{ proposal: { steps: StepRecord[] } }>(STEPS, { id });

  const withdraw = (
    by: SignedInMember,
    proposalId: string,
    expectedVersion: number,
    reason = 'Achterhaald',
  ) =>
    by.request<{ withdrawProposal: { state: string; version: number } }>(WITHDRAW, {
      input: { proposalId, expectedVersion, reason },
    });

  it('takes a concept through the committee to ADVISED, every step on its timeline with its actor', async () => {
    await anAgendaItem(stage.committeeMeeting).create(api.dataSource);
    const concept = await aConcept({ title: 'Schuldhulpverlening', municipalityScope: [stage.bladel.id] });
    const sent = await send(stage.staff, concept);
    const item = sent.data?.sendProposalToCommittee;
    const [{ last }]: { last: number }[] = await api.dataSource.query(
      `SELECT max(position) AS last FROM agenda_item WHERE meeting_id = $1`,
      [stage.committeeMeeting.id],
    );
    const draft = await stage.committeeMember.request<{ draftAdvice: { id: string; version: number } }>(
      DRAFT,
      {
        input: { agendaItemId: item?.id, outcome: 'POSITIVE', reasoning: 'De commissie adviseert positief.' },
      },
    );
    const adopted = await stage.chair.request<{ adoptAdvice: { status: string } }>(ADOPT, {
      input: { id: draft.data?.draftAdvice.id, expectedVersion: draft.data?.draftAdvice.version },
    });
    const steps = (await stepsOf(concept.id, stage.staff)).data?.proposal.steps ?? [];
    expect({
      item,
      adopted: adopted.data?.adoptAdvice.status,
      proposal: await proposalOf(concept.id),
      steps: steps.map(({ step, from, to, actor }) => ({ step, from, to, actorId: actor?.id })),
      inOrder:
        steps.map(({ at }) => at).join() ===
        steps
          .map(({ at }) => at)
          .sort()
          .join(),
      actorName: steps[0]?.actor?.name,
    }).toEqual({
      item: {
        id: expect.any(String),
        title: 'Schuldhulpverlening',
        purpose: 'ADVICE',
        handling: 'DEBATE',
        position: last,
        confidentiality: 'PUBLIC',
        municipalityScope: [stage.bladel.id],
        proposal: { state: 'IN_COMMITTEE', version: concept.version + 1 },
      },
      adopted: 'ADOPTED',
      proposal: { state: 'ADVISED', version: concept.version + 2 },
      steps: [
        { step: null, from: null, to: 'CONCEPT', actorId: stage.staff.personId },
        { step: 'SUBMIT_TO_COMMITTEE', from: 'CONCEPT', to: 'IN_COMMITTEE', actorId: stage.staff.personId },
        { step: 'ADVISE', from: 'IN_COMMITTEE', to: 'ADVISED', actorId: stage.chair.personId },
      ],
      inOrder: true,
      actorName: 'Testpersoon',
    });
    expect(last).toBeGreaterThan(1);
  });

  it('puts a proposal ter besluitvorming only on a portefeuillehoudersoverleg, and only when asked', async () => {
    const decided = await send(stage.staff, await aConcept(), stage.portfolioMeetingMeeting.id, {
      purpose: 'DECISION',
      handling: 'CONSENT',
    });
    const advisedByDefault = await send(stage.staff, await aConcept(), stage.portfolioMeetingMeeting.id);
    const concept = await aConcept();
    const atCommittee = await send(stage.staff, concept, stage.committeeMeeting.id, { purpose: 'DECISION' });
    expect({
      decided: decided.data?.sendProposalToCommittee,
      advisedByDefault: advisedByDefault.data?.sendProposalToCommittee.purpose,
      atCommittee: { code: code(atCommittee), fields: fields(atCommittee) },
      untouched: await proposalOf(concept.id),
    }).toEqual({
      decided: expect.objectContaining({
        purpose: 'DECISION',
        handling: 'CONSENT',
        proposal: { state: 'IN_COMMITTEE', version: 2 },
      }),
      advisedByDefault: 'ADVICE',
      atCommittee: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'purpose' })] },
      untouched: { state: 'CONCEPT', version: concept.version },
    });
  });

  it('refuses a board’s meeting, a closed meeting and another organisation’s, leaving the concept as it was', async () => {
    const concept = await aConcept();
    const board = await send(stage.staff, concept, stage.boardMeeting.id);
    const closed = await send(stage.staff, concept, stage.closedCommitteeMeeting.id);
    const elsewhere = await send(stage.staff, concept, stage.otherOrganisationMeeting.id);
    expect({
      board: { code: code(board), fields: fields(board) },
      closed: { code: code(closed), message: closed.errors?.[0]?.message },
      elsewhere: code(elsewhere),
      proposal: await proposalOf(concept.id),
      steps: (await stepsOf(concept.id, stage.staff)).data?.proposal.steps.length,
    }).toEqual({
      board: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'meetingId' })] },
      closed: { code: 'CONFLICT', message: 'the meeting is closed and can no longer be changed' },
      elsewhere: 'NOT_FOUND',
      proposal: { state: 'CONCEPT', version: concept.version },
      steps: 1,
    });
  });

  it('sends a concept only for its author’s portfolio, at its current version, once', async () => {
    const concept = await aConcept();
    const byCommitteeMember = await send(stage.committeeMember, concept);
    const byOtherStaff = await send(stage.otherStaff, concept);
    const stale = await send(stage.staff, { id: concept.id, version: concept.version + 1 });
    const first = await send(stage.staff, concept);
    const again = await send(stage.staff, { id: concept.id, version: concept.version + 1 });
    expect({
      byCommitteeMember: code(byCommitteeMember),
      byOtherStaff: code(byOtherStaff),
      stale: code(stale),
      first: first.data?.sendProposalToCommittee.proposal.state,
      again: { code: code(again), message: again.errors?.[0]?.message },
    }).toEqual({
      byCommitteeMember: 'NOT_FOUND',
      byOtherStaff: 'NOT_FOUND',
      stale: 'CONFLICT',
      first: 'IN_COMMITTEE',
      again: {
        code: 'CONFLICT',
        message: 'the proposal is IN_COMMITTEE; only a concept goes to a committee',
      },
    });
  });

  describe('withdrawProposal', () => {
    it('withdraws with a reason, a step on the timeline with the reason in the audit trail', async () => {
      const proposal = await inCommittee();
      const withdrawn = await withdraw(stage.staff, proposal.id, proposal.version, '  Niet meer nodig  ');
      const steps = (await stepsOf(proposal.id, stage.staff)).data?.proposal.steps ?? [];
      const audit = await api.dataSource.query(
        `SELECT details->>'reason' AS reason FROM audit_entry
          WHERE subject_id = $1 AND action = 'moveProposal' AND details->>'step' = 'WITHDRAW'`,
        [proposal.id],
      );
      expect({ withdrawn: withdrawn.data?.withdrawProposal, last: steps.at(-1), audit }).toEqual({
        withdrawn: { state: 'WITHDRAWN', version: proposal.version + 1 },
        last: expect.objectContaining({
          step: 'WITHDRAW',
          from: 'IN_COMMITTEE',
          to: 'WITHDRAWN',
          actor: expect.objectContaining({ id: stage.staff.personId }),
        }),
        audit: [{ reason: 'Niet meer nodig' }],
      });
    });

    it('lets the director and an author outside the portfolio withdraw, but not a committee member', async () => {
      const byDirector = await inCommittee();
      const author = stage.otherStaff;
      const { proposal: authored } = await aProposal(stage.portfolio, author.personId).create(api.dataSource);
      const notTheirs = await inCommittee();
      const results = {
        director: await withdraw(stage.director, byDirector.id, byDirector.version),
        author: await withdraw(author, authored.id, authored.version),
        committeeMember: await withdraw(stage.committeeMember, notTheirs.id, notTheirs.version),
      };
      expect({
        director: results.director.data?.withdrawProposal.state,
        author: results.author.data?.withdrawProposal.state,
        committeeMember: code(results.committeeMember),
        stillInCommittee: (await proposalOf(notTheirs.id))?.state,
      }).toEqual({
        director: 'WITHDRAWN',
        author: 'WITHDRAWN',
        committeeMember: 'FORBIDDEN',
        stillInCommittee: 'IN_COMMITTEE',
      });
    });

    it('refuses a blank reason, a stale version, other staff, another organisation, a decided or withdrawn proposal', async () => {
      const proposal = await inCommittee();
      const blank = await withdraw(stage.staff, proposal.id, proposal.version, '   ');
      const stale = await withdraw(stage.staff, proposal.id, proposal.version - 1);
      const otherPortfolio = await withdraw(stage.otherStaff, proposal.id, proposal.version);
      const otherOrganisation = await withdraw(stage.otherDirector, proposal.id, proposal.version);
      const { proposal: decided } = await aProposal(stage.portfolio, stage.staff.personId)
        .inState(ProposalState.DECIDED)
        .create(api.dataSource);
      const ofDecided = await withdraw(stage.staff, decided.id, decided.version);
      const first = await withdraw(stage.staff, proposal.id, proposal.version);
      const twice = await withdraw(stage.staff, proposal.id, proposal.version + 1);
      expect({
        blank: { code: code(blank), fields: fields(blank) },
        stale: { code: code(stale), message: stale.errors?.[0]?.message },
        otherPortfolio: code(otherPortfolio),
        otherOrganisation: code(otherOrganisation),
        ofDecided: { code: code(ofDecided), message: ofDecided.errors?.[0]?.message },
        first: first.data?.withdrawProposal.state,
        twice: { code: code(twice), message: twice.errors?.[0]?.message },
      }).toEqual({
        blank: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reason' })] },
        stale: {
          code: 'CONFLICT',
          message: 'the proposal was changed by someone else; reload and try again',
        },
        otherPortfolio: 'FORBIDDEN',
        otherOrganisation: 'NOT_FOUND',
        ofDecided: { code: 'CONFLICT', message: 'the proposal is DECIDED and cannot be withdrawn now' },
        first: 'WITHDRAWN',
        twice: { code: 'CONFLICT', message: 'the proposal is WITHDRAWN and cannot be withdrawn now' },
      });
    });
  });

  describe('steps', () => {
    it('shows a gemeente-limited proposal’s steps to its gemeente only, through every path', async () => {
      const limited = await inCommittee({ municipalityScope: [stage.bladel.id] });
      const listedFor = async (by: SignedInMember) =>
        (
          (await by.request<{ proposals: { nodes: { id: string }[] } }>(LIST)).data?.proposals.nodes ?? []
        ).some((node) => node.id === limited.id);
      const bladel = await stepsOf(limited.id, stage.bladelStaff);
      const eersel = await stepsOf(limited.id, stage.eerselStaff);
      const eerselThroughItem = await stage.eerselStaff.request(ITEM_STEPS, { id: limited.itemId });
      expect({
        bladel: bladel.data?.proposal.steps.map((record) => record.step),
        eersel: { data: eersel.data, code: code(eersel) },
        eerselThroughItem: { data: eerselThroughItem.data, code: code(eerselThroughItem) },
        listedForEersel: await listedFor(stage.eerselStaff),
        listedForBladel: await listedFor(stage.bladelStaff),
      }).toEqual({
        bladel: [null, 'SUBMIT_TO_COMMITTEE'],
        eersel: { data: null, code: 'NOT_FOUND' },
        eerselThroughItem: { data: null, code: 'NOT_FOUND' },
        listedForEersel: false,
        listedForBladel: true,
      });
    });

    it('reads the steps and actors of many proposals in as many statements as of one', async () => {
      const [one, many] = [
        await aPortfolio(stage.organisation.id, 'Eén voorstel').create(api.dataSource),
        await aPortfolio(stage.organisation.id, 'Veel voorstellen').create(api.dataSource),
      ];
      await aProposal(one, stage.staff.personId).create(api.dataSource);
      for (let i = 0; i < 6; i++) await aProposal(many, stage.otherStaff.personId).create(api.dataSource);
      const query = `query ($portfolioId: ID) {
        proposals(portfolioId: $portfolioId) { nodes { steps { step actor { name } } } } }`;
      const read = (portfolioId: string) => stage.director.request(query, { portfolioId });
      const forOne = await countStatements(() => read(one.id));
      const forMany = await countStatements(() => read(many.id));
      const answer = await read(many.id);
      expect({
        forMany,
        errors: answer.errors,
        nodes: (answer.data?.['proposals'] as { nodes: unknown[] }).nodes.length,
      }).toEqual({
        forMany: forOne,
        errors: undefined,
        nodes: 6,
      });
    });

    it('shows a concept’s steps to its portfolio but not to another portfolio’s staff', async () => {
      const concept = await aConcept();
      const own = await stepsOf(concept.id, stage.staff);
      const other = await stepsOf(concept.id, stage.otherStaff);
      expect({
        own: own.data?.proposal.steps.map(({ to }) => to),
        other: { data: other.data, code: code(other) },
      }).toEqual({ own: ['CONCEPT'], other: { data: null, code: 'NOT_FOUND' } });
    });
  });
});
