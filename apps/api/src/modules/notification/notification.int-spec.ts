import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aMeeting } from '../../test/builders/meeting.builders';
import { aBody, aPortfolio, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id version } }`;
const SEND = `mutation ($input: SendProposalToCommitteeInput!) { sendProposalToCommittee(input: $input) { id } }`;
const FOLLOW = `mutation ($id: ID!) { followProposal(proposalId: $id) { followedByMe } }`;
const UNFOLLOW = `mutation ($id: ID!) { unfollowProposal(proposalId: $id) { followedByMe } }`;
const INBOX = `{ notifications(first: 10) { proposalId text read } unreadNotificationCount }`;
const MARK_READ = `mutation { markNotificationsRead }`;

interface Inbox {
  notifications: { proposalId: string; text: string; read: boolean }[];
  unreadNotificationCount: number;
}

describe('following a proposal', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function aStage() {
    const db = api.dataSource;
    const { organisation } = await anOrganisation().withMunicipalities('Bladel', 'Eersel').create(db);
    const portfolio = await aPortfolio(organisation.id).create(db);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE).forPortfolio(portfolio.id).create(db);
    const member = (role: MembershipRole, adjust: Parameters<typeof aSignedInMember>[4] = (m) => m) =>
      aSignedInMember(db, api.server, organisation.id, role, adjust);
    const author = await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id));
    const created = await author.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: portfolio.id,
        title: 'Regionale energiestrategie',
        body: 'Tekst',
        decisionPoints: ['Vast te stellen'],
        confidentiality: 'PUBLIC',
      },
    });
    const proposal = created.data?.createProposal as { id: string; version: number };
    const sendToCommittee = async () =>
      author.request(SEND, {
        input: {
          proposalId: proposal.id,
          expectedVersion: proposal.version,
          meetingId: (await aMeeting(committee).create(db)).id,
        },
      });
    return {
      proposal,
      author,
      director: await member(MembershipRole.DIRECTOR),
      colleague: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      sendToCommittee,
    };
  }

  const inbox = async (member: SignedInMember) => (await member.request<Inbox>(INBOX)).data as Inbox;

  it('tells followers, not the one who took the step, that the proposal moved', async () => {
    const stage = await aStage();
    const followed = await stage.director.request<{ followProposal: { followedByMe: boolean } }>(FOLLOW, {
      id: stage.proposal.id,
    });
    await stage.director.request(FOLLOW, { id: stage.proposal.id });
    await stage.author.request(FOLLOW, { id: stage.proposal.id });
    await stage.sendToCommittee();
    const directorInbox = await inbox(stage.director);
    const marked = await stage.director.request<{ markNotificationsRead: number }>(MARK_READ);
    expect({
      followedByMe: followed.data?.followProposal.followedByMe,
      director: directorInbox,
      author: await inbox(stage.author),
      marked: marked.data?.markNotificationsRead,
      afterMarking: (await inbox(stage.director)).unreadNotificationCount,
    }).toEqual({
      followedByMe: true,
      director: {
        notifications: [
          {
            proposalId: stage.proposal.id,
            text: 'Voorstel ‘Regionale energiestrategie’ is nu in commissie.',
            read: false,
          },
        ],
        unreadNotificationCount: 1,
      },
      author: { notifications: [], unreadNotificationCount: 0 },
      marked: 1,
      afterMarking: 0,
    });
  });

  it('stops telling those who unfollow, and hides what a person may no longer read', async () => {
    const stage = await aStage();
    await stage.director.request(FOLLOW, { id: stage.proposal.id });
    await stage.colleague.request(FOLLOW, { id: stage.proposal.id });
    const unfollowed = await stage.director.request<{ unfollowProposal: { followedByMe: boolean } }>(
      UNFOLLOW,
      {
        id: stage.proposal.id,
      },
    );
    await stage.sendToCommittee();
    const colleagueBefore = (await inbox(stage.colleague)).unreadNotificationCount;
    await api.dataSource.query(
      `UPDATE membership SET starts_on = '2020-01-01', ends_on = '2020-12-31' WHERE person_id = $1`,
      [stage.colleague.personId],
    );
    expect({
      unfollowed: unfollowed.data?.unfollowProposal.followedByMe,
      director: (await inbox(stage.director)).unreadNotificationCount,
      colleagueBefore,
      colleagueAfter: await inbox(stage.colleague),
    }).toEqual({
      unfollowed: false,
      director: 0,
      colleagueBefore: 1,
      colleagueAfter: { notifications: [], unreadNotificationCount: 0 },
    });
  });

  it('cannot follow a proposal the person may not read', async () => {
    const stage = await aStage();
    const outsider = await aSignedInMember(
      api.dataSource,
      api.server,
      (await anOrganisation().create(api.dataSource)).organisation.id,
      MembershipRole.DIRECTOR,
    );
    const response = await outsider.request(FOLLOW, { id: stage.proposal.id });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
