import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole, todayInNetherlands } from '@bestuurskracht/shared/domain';
import {
  aBody,
  aMembership,
  anOrganisation,
  aPerson,
  aPortfolio,
} from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { role startsOn endsOn active person { name } body { name } portfolio { name } municipality { name } } }`;
const END = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { endsOn active } }`;
const BODY_MEMBERS = `query ($id: ID!, $activeOn: String) {
  body(id: $id) { memberships(activeOn: $activeOn) { role active person { name } } } }`;
const BODIES_WITH_MEMBERS = `query ($organisationId: ID!) {
  bodies(organisationId: $organisationId, first: 50) {
    nodes { memberships { person { name } municipality { name } } } } }`;

type BodyMembers = { body: { memberships: { role: string; active: boolean; person: { name: string } }[] } };
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('memberships (lidmaatschappen)', () => {
  let api: TestApp;
  /** an administrator of an organisation of their own, and of every organisation a test builds */
  let admin: SignedInMember;
  const administer = (organisationId: string) =>
    aMembership(admin.personId, organisationId, MembershipRole.ADMINISTRATOR).create(api.dataSource);

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation: home } = await anOrganisation().create(api.dataSource);
    admin = await aSignedInMember(api.dataSource, api.server, home.id, MembershipRole.ADMINISTRATOR);
  });
  afterAll(() => api.close());

  it('makes a wethouder a member of a commission on behalf of their gemeente', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Eersel')
      .create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id, 'VTH').create(api.dataSource);
    const commission = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(portfolio.id)
      .create(api.dataSource);
    const wethouder = await aPerson('Wethouder Eersel').create(api.dataSource);
    const response = await admin.request<{ addMembership: unknown }>(ADD, {
      input: {
        personId: wethouder.id,
        organisationId: organisation.id,
        role: 'MEMBER',
        bodyId: commission.id,
        municipalityId: municipalities[0].id,
        startsOn: '2022-06-01',
      },
    });
    expect(response.data?.addMembership).toEqual({
      role: 'MEMBER',
      startsOn: '2022-06-01',
      endsOn: null,
      active: true,
      person: { name: 'Wethouder Eersel' },
      body: { name: commission.name },
      portfolio: null,
      municipality: { name: municipalities[0].name },
    });
  });

  it('requires a body for a body role', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const person = await aPerson().create(api.dataSource);
    const response = await admin.request(ADD, {
      input: { personId: person.id, organisationId: organisation.id, role: 'CHAIR', startsOn: '2024-01-01' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'bodyId', message: 'bodyId is required for the role CHAIR' }],
    });
  });

  it('refuses a body or portfolio for a director', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id).create(api.dataSource);
    const portfolio = await aPortfolio(organisation.id).create(api.dataSource);
    const person = await aPerson().create(api.dataSource);
    const response = await admin.request(ADD, {
      input: {
        personId: person.id,
        organisationId: organisation.id,
        role: 'DIRECTOR',
        bodyId: body.id,
        portfolioId: portfolio.id,
        startsOn: '2024-01-01',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'bodyId', message: 'bodyId must be left out for the role DIRECTOR' },
        { field: 'portfolioId', message: 'portfolioId must be left out for the role DIRECTOR' },
      ],
    });
  });

  it('requires a portfolio for staff', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const person = await aPerson().create(api.dataSource);
    const response = await admin.request(ADD, {
      input: { personId: person.id, organisationId: organisation.id, role: 'STAFF', startsOn: '2024-01-01' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'portfolioId', message: 'portfolioId is required for the role STAFF' }],
    });
  });

  it('makes a beleidsambtenaar staff of a portfolio', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id, 'VTH').create(api.dataSource);
    const person = await aPerson('Beleidsambtenaar VTH').create(api.dataSource);
    const response = await admin.request<{ addMembership: { portfolio: { name: string } } }>(ADD, {
      input: {
        personId: person.id,
        organisationId: organisation.id,
        role: 'STAFF',
        portfolioId: portfolio.id,
        startsOn: '2024-01-01',
      },
    });
    expect(response.data?.addMembership.portfolio).toEqual({ name: portfolio.name });
  });

  it('refuses a body of another organisation and a gemeente that does not take part', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const { organisation: other, municipalities: outsiders } = await anOrganisation().create(api.dataSource);
    await administer(other.id);
    const foreignBody = await aBody(other.id).create(api.dataSource);
    const person = await aPerson().create(api.dataSource);
    const response = await admin.request(ADD, {
      input: {
        personId: person.id,
        organisationId: organisation.id,
        role: 'MEMBER',
        bodyId: foreignBody.id,
        municipalityId: outsiders[0].id,
        startsOn: '2024-01-01',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'bodyId', message: 'bodyId must be a body of the same organisation' },
        {
          field: 'municipalityId',
          message: 'municipalityId must be a gemeente taking part in the organisation on 2024-01-01',
        },
      ],
    });
  });

  it('answers a membership of an unknown person with NOT_FOUND', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request(ADD, {
      input: {
        personId: '00000000-0000-4000-8000-000000000000',
        organisationId: organisation.id,
        role: 'ADMINISTRATOR',
        startsOn: '2024-01-01',
      },
    });
    expect(code(response)).toBe('NOT_FOUND');
  });

  it('ends a membership, which then no longer counts as active', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id).create(api.dataSource);
    const person = await aPerson().create(api.dataSource);
    const membership = await aMembership(person.id, organisation.id, MembershipRole.MEMBER)
      .inBody(body.id)
      .create(api.dataSource);
    const response = await admin.request<{ endMembership: unknown }>(END, {
      input: { id: membership.id, endsOn: '2023-12-31' },
    });
    expect(response.data?.endMembership).toEqual({ endsOn: '2023-12-31', active: false });
  });

  it('refuses to end a membership before it started', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const person = await aPerson().create(api.dataSource);
    const membership = await aMembership(person.id, organisation.id, MembershipRole.ADMINISTRATOR).create(
      api.dataSource,
    );
    const response = await admin.request(END, {
      input: { id: membership.id, endsOn: '2019-12-31' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsOn', message: 'endsOn must be on or after the first day, 2020-01-01' }],
    });
  });

  it('does not list an ended membership of a body today, but does on a day inside its period', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio((await aPortfolio(organisation.id).create(api.dataSource)).id)
      .create(api.dataSource);
    const current = await aPerson('Huidige wethouder').create(api.dataSource);
    const former = await aPerson('Oud-wethouder').create(api.dataSource);
    await aMembership(current.id, organisation.id, MembershipRole.CHAIR)
      .inBody(body.id)
      .between('2022-01-01', null)
      .create(api.dataSource);
    await aMembership(former.id, organisation.id, MembershipRole.MEMBER)
      .inBody(body.id)
      .between('2018-01-01', '2022-03-31')
      .create(api.dataSource);
    const today = await admin.request<BodyMembers>(BODY_MEMBERS, { id: body.id });
    const then = await admin.request<BodyMembers>(BODY_MEMBERS, {
      id: body.id,
      activeOn: '2022-02-15',
    });
    expect({ today: today.data?.body.memberships, then: then.data?.body.memberships }).toEqual({
      today: [{ role: 'CHAIR', active: true, person: { name: 'Huidige wethouder' } }],
      then: [
        { role: 'CHAIR', active: true, person: { name: 'Huidige wethouder' } },
        { role: 'MEMBER', active: false, person: { name: 'Oud-wethouder' } },
      ],
    });
  });

  it('rejects a malformed activeOn as bad input', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id).create(api.dataSource);
    const response = await admin.request(BODY_MEMBERS, { id: body.id, activeOn: '15-02-2022' });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'activeOn', message: 'activeOn must be a date written as yyyy-mm-dd' }],
    });
  });

  it('lists a person’s memberships on a day', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const db = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
    const ab = await aBody(organisation.id, BodyKind.GENERAL_BOARD).create(api.dataSource);
    const burgemeester = await aPerson('Burgemeester').create(api.dataSource);
    await aMembership(burgemeester.id, organisation.id, MembershipRole.CHAIR)
      .inBody(db.id)
      .create(api.dataSource);
    await aMembership(burgemeester.id, organisation.id, MembershipRole.MEMBER)
      .inBody(ab.id)
      .between('2016-01-01', '2019-12-31')
      .create(api.dataSource);
    const response = await admin.request<{
      person: { now: { body: { name: string } }[]; then: { body: { name: string } }[] };
    }>(
      `query ($id: ID!) { person(id: $id) {
         now: memberships { body { name } } then: memberships(activeOn: "2017-01-01") { body { name } } } }`,
      { id: burgemeester.id },
    );
    expect(response.data?.person).toEqual({
      now: [{ body: { name: db.name } }],
      then: [{ body: { name: ab.name } }],
    });
  });

  it('pages through the memberships of a body, and filters them by day', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id).create(api.dataSource);
    for (const [startsOn, endsOn] of [
      ['2020-01-01', null],
      ['2021-01-01', '2021-12-31'],
      ['2022-01-01', null],
    ]) {
      const person = await aPerson().create(api.dataSource);
      await aMembership(person.id, organisation.id, MembershipRole.MEMBER)
        .inBody(body.id)
        .between(startsOn as string, endsOn)
        .create(api.dataSource);
    }
    const query = `query ($bodyId: ID, $activeOn: String, $after: String) {
      memberships(bodyId: $bodyId, activeOn: $activeOn, first: 2, after: $after) {
        nodes { startsOn } pageInfo { endCursor hasNextPage } totalCount } }`;
    type Page = {
      memberships: {
        nodes: { startsOn: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
        totalCount: number;
      };
    };
    const first = await admin.request<Page>(query, { bodyId: body.id });
    const second = await admin.request<Page>(query, {
      bodyId: body.id,
      after: first.data?.memberships.pageInfo.endCursor,
    });
    const today = await admin.request<Page>(query, {
      bodyId: body.id,
      activeOn: todayInNetherlands(),
    });
    expect({
      first: first.data?.memberships.nodes.map((n) => n.startsOn),
      second: second.data?.memberships.nodes.map((n) => n.startsOn),
      more: second.data?.memberships.pageInfo.hasNextPage,
      today: today.data?.memberships.totalCount,
    }).toEqual({ first: ['2022-01-01', '2021-01-01'], second: ['2020-01-01'], more: false, today: 2 });
  });

  it('sends as many SQL statements for the members of 20 bodies as for those of one', async () => {
    const statementsFor = async (bodies: number) => {
      const { organisation, municipalities } = await anOrganisation()
        .withMunicipalities('Bladel', 'Eersel')
        .create(api.dataSource);
      await administer(organisation.id);
      for (let index = 0; index < bodies; index++) {
        const body = await aBody(organisation.id, BodyKind.TABLE).create(api.dataSource);
        for (const gemeente of municipalities) {
          const person = await aPerson(`Lid ${index}`).create(api.dataSource);
          await aMembership(person.id, organisation.id, MembershipRole.MEMBER)
            .inBody(body.id)
            .forMunicipality(gemeente.id)
            .create(api.dataSource);
        }
      }
      let members = 0;
      const statements = await countStatements(async () => {
        const response = await admin.request<{ bodies: { nodes: { memberships: unknown[] }[] } }>(
          BODIES_WITH_MEMBERS,
          {
            organisationId: organisation.id,
          },
        );
        members = response.data?.bodies.nodes.flatMap((node) => node.memberships).length ?? 0;
      });
      return { members, statements };
    };
    const one = await statementsFor(1);
    const twenty = await statementsFor(20);
    expect({ members: [one.members, twenty.members], statements: twenty.statements }).toEqual({
      members: [2, 40],
      statements: one.statements,
    });
  });

  describe('who may', () => {
    const memberOfAnotherOrganisation = async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const body = await aBody(organisation.id).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const membership = await aMembership(person.id, organisation.id, MembershipRole.MEMBER)
        .inBody(body.id)
        .create(api.dataSource);
      return { organisation, body, person, membership };
    };

    it('tells a visitor without a session to sign in before listing memberships', async () => {
      const { body } = await memberOfAnotherOrganisation();
      const response = await graphqlRequest(
        api.server,
        `query ($id: ID) { memberships(bodyId: $id) { totalCount } }`,
        {
          id: body.id,
        },
      );
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('hides another organisation’s memberships in lists and nested, and its bodies as filter', async () => {
      const { organisation, body, person } = await memberOfAnotherOrganisation();
      const byOrganisation = await admin.request<{ memberships: { totalCount: number } }>(
        `query ($id: ID) { memberships(organisationId: $id) { totalCount } }`,
        { id: organisation.id },
      );
      const byBody = await admin.request(`query ($id: ID) { memberships(bodyId: $id) { totalCount } }`, {
        id: body.id,
      });
      const nested = await admin.request<{ person: { memberships: unknown[] } }>(
        `query ($id: ID!) { person(id: $id) { memberships { id } } }`,
        { id: person.id },
      );
      expect({
        byOrganisation: byOrganisation.data?.memberships.totalCount,
        byBody: code(byBody),
        nested: nested.data?.person.memberships,
      }).toEqual({ byOrganisation: 0, byBody: 'NOT_FOUND', nested: [] });
    });

    it('answers NOT_FOUND on ending another organisation’s membership or adding one to its body', async () => {
      const { organisation, body, person, membership } = await memberOfAnotherOrganisation();
      const ended = await admin.request(END, { input: { id: membership.id, endsOn: '2024-12-31' } });
      const added = await admin.request(ADD, {
        input: {
          personId: person.id,
          organisationId: organisation.id,
          role: 'MEMBER',
          bodyId: body.id,
          startsOn: '2024-01-01',
        },
      });
      expect([code(ended), code(added)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    });

    it('lets a member see the memberships of their body but not end one', async () => {
      const { organisation, body, membership } = await memberOfAnotherOrganisation();
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.MEMBER,
        (builder) => builder.inBody(body.id),
      );
      const listed = await member.request<{ memberships: { totalCount: number } }>(
        `query ($id: ID) { memberships(bodyId: $id) { totalCount } }`,
        { id: body.id },
      );
      const ended = await member.request(END, { input: { id: membership.id, endsOn: '2024-12-31' } });
      expect([listed.data?.memberships.totalCount, code(ended)]).toEqual([2, 'FORBIDDEN']);
    });
  });
});
