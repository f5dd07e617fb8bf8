import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aMeeting, anAdvice, anAgendaItem, aProposal, aReview } from '../test/builders/meeting.builders';
import { aBody, aMembership, anOrganisation, aPerson, aPortfolio } from '../test/builders/structure.builders';
import { signInAs } from '../test/sign-in';
import { startTestApp, type TestApp } from '../test/test-app';

const AGENDAS = `query ($bodyId: ID!) {
  meetings(bodyId: $bodyId, first: 50) {
    nodes {
      title
      body { name }
      agendaItems {
        title
        proposal { title currentVersion { decisionPoints { number text } financialImpacts { amountCents } } }
        advice { outcome reservations { text } }
        reviews { text }
      }
    }
  }
}`;

/** The whole agenda tree of a committee: meetings, items, proposals, decision points, advice and reviews. */
describe('a nested agenda query', () => {
  let api: TestApp;
  /** a member of every committee built here, who may read their agendas */
  let readerId: string;
  let cookie: string;

  beforeAll(async () => {
    api = await startTestApp();
    readerId = (await aPerson('Commissielid').create(api.dataSource)).id;
    cookie = await signInAs(api.dataSource, readerId);
  });
  afterAll(() => api.close());

  async function committeeWithMeetings(count: number): Promise<string> {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    const portfolio = await aPortfolio(organisation.id).create(api.dataSource);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(portfolio.id)
      .create(api.dataSource);
    await aMembership(readerId, organisation.id, MembershipRole.MEMBER)
      .inBody(committee.id)
      .create(api.dataSource);
    const author = await aPerson('Beleidsmedewerker').create(api.dataSource);
    for (let n = 0; n < count; n += 1) {
      const meeting = await aMeeting(committee)
        .startingInDays(7 + n)
        .create(api.dataSource);
      const { proposal } = await aProposal(portfolio, author.id).create(api.dataSource);
      const item = await anAgendaItem(meeting).carrying(proposal).forAdvice().create(api.dataSource);
      await anAdvice(item, author.id).create(api.dataSource);
      await aReview(item, author.id, municipalities[0].id).create(api.dataSource);
    }
    return committee.id;
  }

  it('sends as many SQL statements for 50 meetings as for 1', async () => {
    const one = await committeeWithMeetings(1);
    const fifty = await committeeWithMeetings(50);
    const statementsForOne = await countStatements(() =>
      graphqlRequest(api.server, AGENDAS, { bodyId: one }, { cookie }),
    );
    let meetings = 0;
    const statementsForFifty = await countStatements(async () => {
      const response = await graphqlRequest<{ meetings: { nodes: unknown[] } }>(
        api.server,
        AGENDAS,
        { bodyId: fifty },
        { cookie },
      );
      meetings = response.data?.meetings.nodes.length ?? 0;
    });
    expect({ meetings, statementsForFifty }).toEqual({ meetings: 50, statementsForFifty: statementsForOne });
  });
});
