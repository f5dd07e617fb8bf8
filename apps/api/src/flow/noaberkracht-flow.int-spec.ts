import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aMeeting } from '../test/builders/meeting.builders';
import { aBody, aPortfolio, anOrganisation } from '../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../test/signed-in-member';
import { startTestApp, type TestApp } from '../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id version } }`;
const SEND = `mutation ($input: SendProposalToCommitteeInput!) {
  sendProposalToCommittee(input: $input) { id purpose } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { version } }`;
const PUBLISH = `mutation ($input: MeetingStepInput!) { publishAgenda(input: $input) { status } }`;
const RECORD = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`;
const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id forOrganisation } }`;
const TASK = `query ($id: ID!) { task(id: $id) { title requestedByMunicipalityIds } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { state } }`;

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

/**
 * The Noaberkracht route through the GraphQL API: the weekly joint portefeuillehoudersoverleg of a portfolio has the
 * proposal on its agenda, decides on it, and both gemeenten give the organisation one joint assignment.
 */
describe('the Noaberkracht flow', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function aNoaberStage() {
    const db = api.dataSource;
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Dinkelland', 'Tubbergen')
      .create(db);
    const [dinkelland, tubbergen] = municipalities;
    if (!dinkelland || !tubbergen) throw new Error('the stage needs two gemeenten');
    const portfolio = await aPortfolio(organisation.id, 'Ruimte').create(db);
    const overleg = await aBody(organisation.id, BodyKind.PORTFOLIO_MEETING)
      .forPortfolio(portfolio.id)
      .create(db);
    const member = (role: MembershipRole, adjust: Parameters<typeof aSignedInMember>[4]) =>
      aSignedInMember(db, api.server, organisation.id, role, adjust);
    return {
      organisation,
      portfolio,
      overleg,
      dinkelland,
      tubbergen,
      staff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      director: await member(MembershipRole.DIRECTOR, (m) => m),
      secretary: await member(MembershipRole.SECRETARY, (m) => m.inBody(overleg.id)),
      holderDinkelland: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(overleg.id).forMunicipality(dinkelland.id),
      ),
      holderTubbergen: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(overleg.id).forMunicipality(tubbergen.id),
      ),
      meeting: await aMeeting(overleg)
        .titled('Portefeuillehoudersoverleg Ruimte')
        .startingInDays(5)
        .create(db),
    };
  }

  const stateOf = async (member: SignedInMember, id: string) =>
    (await member.request<{ proposal: { state: string } }>(PROPOSAL, { id })).data?.proposal.state;

  it('decides at the portefeuillehoudersoverleg and gives the organisation a joint assignment of both gemeenten', async () => {
    const stage = await aNoaberStage();
    const created = await stage.staff.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title: 'Gezamenlijke omgevingsvisie',
        body: 'Dinkelland en Tubbergen stellen samen een omgevingsvisie op.',
        decisionPoints: ['De organisatie op te dragen een gezamenlijke omgevingsvisie voor te bereiden'],
        confidentiality: 'PUBLIC',
      },
    });
    const proposal = created.data?.createProposal;
    const sent = await stage.staff.request<{ sendProposalToCommittee: { id: string; purpose: string } }>(
      SEND,
      {
        input: {
          proposalId: proposal?.id,
          expectedVersion: proposal?.version,
          meetingId: stage.meeting.id,
          purpose: 'DECISION',
        },
      },
    );
    const version = (
      await stage.secretary.request<{ meeting: { version: number } }>(MEETING, { id: stage.meeting.id })
    ).data?.meeting.version;
    const published = await stage.secretary.request<{ publishAgenda: { status: string } }>(PUBLISH, {
      input: { meetingId: stage.meeting.id, expectedVersion: version },
    });
    const decision = await stage.secretary.request<{ recordDecision: { id: string } }>(RECORD, {
      input: {
        agendaItemId: sent.data?.sendProposalToCommittee.id,
        title: 'Opdracht omgevingsvisie',
        text: 'Beide gemeenten dragen de organisatie op een gezamenlijke omgevingsvisie voor te bereiden.',
        outcome: 'ADOPTED',
        decidedOn: '2026-12-01',
        retentionClass: 'KEEP',
      },
    });
    const assignment = await stage.director.request<{ createTask: { id: string; forOrganisation: boolean } }>(
      CREATE_TASK,
      {
        input: {
          organisationId: stage.organisation.id,
          forOrganisation: true,
          requestedByMunicipalityIds: [stage.dinkelland.id, stage.tubbergen.id],
          title: 'Bereid de gezamenlijke omgevingsvisie voor',
          dueOn: '2027-06-30',
          origin: 'JOINT_ASSIGNMENT',
          decisionId: decision.data?.recordDecision.id,
          confidentiality: 'PUBLIC',
        },
      },
    );
    const taskId = assignment.data?.createTask.id;
    const seenBy = async (member: SignedInMember) =>
      (await member.request<{ task: { requestedByMunicipalityIds: string[] } }>(TASK, { id: taskId })).data
        ?.task.requestedByMunicipalityIds.length;
    const collegeTasks: unknown[] = await api.dataSource.query('SELECT id FROM task WHERE meeting_id = $1', [
      stage.meeting.id,
    ]);
    expect({
      purpose: sent.data?.sendProposalToCommittee.purpose,
      published: published.data?.publishAgenda.status,
      collegeTasks: collegeTasks.length,
      decided: await stateOf(stage.staff, proposal?.id as string),
      joint: assignment.data?.createTask.forOrganisation,
      dinkellandSees: await seenBy(stage.holderDinkelland),
      tubbergenSees: await seenBy(stage.holderTubbergen),
    }).toEqual({
      purpose: 'DECISION',
      published: 'PUBLISHED',
      collegeTasks: 0,
      decided: 'DECIDED',
      joint: true,
      dinkellandSees: 2,
      tubbergenSees: 2,
    });
  });

  it('does not let a committee decide: only the portefeuillehoudersoverleg takes a proposal straight to a decision', async () => {
    const stage = await aNoaberStage();
    const committee = await aBody(stage.organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(stage.portfolio.id)
      .create(api.dataSource);
    const meeting = await aMeeting(committee).startingInDays(5).create(api.dataSource);
    const created = await stage.staff.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title: 'Woonvisie',
        body: 'Tekst',
        decisionPoints: ['Vast te stellen'],
        confidentiality: 'PUBLIC',
      },
    });
    const asDecision = await stage.staff.request(SEND, {
      input: {
        proposalId: created.data?.createProposal.id,
        expectedVersion: created.data?.createProposal.version,
        meetingId: meeting.id,
        purpose: 'DECISION',
      },
    });
    expect(code(asDecision)).toBe('BAD_USER_INPUT');
  });
});
