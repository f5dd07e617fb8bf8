import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBody, aMembership, anOrganisation, aPortfolio } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateBodyInput!) {
  createBody(input: $input) {
    name kind votes quorum portfolio { name } municipality { name } advisesBody { name } organisation { name } } }`;
const UPDATE = `mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { name kind quorum portfolio { name } } }`;
const LIST = `query ($organisationId: ID, $kind: BodyKind, $after: String) {
  bodies(organisationId: $organisationId, kind: $kind, first: 2, after: $after) {
    nodes { name } pageInfo { endCursor hasNextPage } totalCount } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Page = {
  bodies: {
    nodes: { name: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('bodies (bestuursorganen en overleggen)', () => {
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

  it('creates a bestuurscommissie for a portfolio that advises the DB', async () => {
    const { organisation } = await anOrganisation().named('Kempen').create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id, 'VTH').create(api.dataSource);
    const db = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
    const response = await admin.request<{ createBody: unknown }>(CREATE, {
      input: {
        organisationId: organisation.id,
        kind: 'COMMITTEE',
        name: 'Bestuurscommissie VTH',
        portfolioId: portfolio.id,
        advisesBodyId: db.id,
        votes: false,
      },
    });
    expect(response.data?.createBody).toEqual({
      name: 'Bestuurscommissie VTH',
      kind: 'COMMITTEE',
      votes: false,
      quorum: null,
      portfolio: { name: portfolio.name },
      municipality: null,
      advisesBody: { name: db.name },
      organisation: { name: organisation.name },
    });
  });

  it('requires a portfolio for a committee', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request(CREATE, {
      input: { organisationId: organisation.id, kind: 'COMMITTEE', name: 'Zonder domein', votes: false },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'portfolioId', message: 'portfolioId is required for a body of kind COMMITTEE' }],
    });
  });

  it('requires a gemeente for a college and accepts one that takes part', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Eersel')
      .create(api.dataSource);
    await administer(organisation.id);
    const without = await admin.request(CREATE, {
      input: { organisationId: organisation.id, kind: 'MUNICIPAL_EXECUTIVE', name: 'College', votes: true },
    });
    const withGemeente = await admin.request<{ createBody: { municipality: { name: string } } }>(CREATE, {
      input: {
        organisationId: organisation.id,
        kind: 'MUNICIPAL_EXECUTIVE',
        name: 'College van B&W Eersel',
        municipalityId: municipalities[0].id,
        votes: true,
        quorum: 3,
      },
    });
    expect({
      without: without.errors?.[0]?.extensions,
      withGemeente: withGemeente.data?.createBody.municipality.name,
    }).toEqual({
      without: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'municipalityId',
            message: 'municipalityId is required for a body of kind MUNICIPAL_EXECUTIVE',
          },
        ],
      },
      withGemeente: municipalities[0].name,
    });
  });

  it('refuses to advise a body of another organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const { organisation: other } = await anOrganisation().create(api.dataSource);
    await administer(other.id);
    const foreignDb = await aBody(other.id).create(api.dataSource);
    const response = await admin.request(CREATE, {
      input: {
        organisationId: organisation.id,
        kind: 'DIRECTORS_MEETING',
        name: 'Directeurenoverleg',
        advisesBodyId: foreignDb.id,
        votes: false,
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'advisesBodyId', message: 'advisesBodyId must be a body of the same organisation' }],
    });
  });

  it('refuses a quorum below one', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request(CREATE, {
      input: { organisationId: organisation.id, kind: 'GENERAL_BOARD', name: 'AB', votes: true, quorum: 0 },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'quorum', message: 'quorum must not be less than 1' }],
    });
  });

  it('refuses a second body with the same name in one organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const input = {
      organisationId: organisation.id,
      kind: 'GENERAL_BOARD',
      name: 'Algemeen Bestuur',
      votes: true,
    };
    await admin.request(CREATE, { input });
    expect(code(await admin.request(CREATE, { input }))).toBe('CONFLICT');
  });

  it('updates a body and checks its kind again', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id, 'Sociaal domein').create(api.dataSource);
    const body = await aBody(organisation.id, BodyKind.TABLE).create(api.dataSource);
    const refused = await admin.request(UPDATE, {
      input: { id: body.id, kind: 'PORTFOLIO_MEETING' },
    });
    const changed = await admin.request<{ updateBody: unknown }>(UPDATE, {
      input: {
        id: body.id,
        kind: 'PORTFOLIO_MEETING',
        portfolioId: portfolio.id,
        name: 'Portefeuillehoudersoverleg',
        quorum: 2,
      },
    });
    expect({ refused: code(refused), changed: changed.data?.updateBody }).toEqual({
      refused: 'BAD_USER_INPUT',
      changed: {
        name: 'Portefeuillehoudersoverleg',
        kind: 'PORTFOLIO_MEETING',
        quorum: 2,
        portfolio: { name: portfolio.name },
      },
    });
  });

  it('answers an update of an unknown body with NOT_FOUND', async () => {
    expect(code(await admin.request(UPDATE, { input: { id: MISSING, name: 'X' } }))).toBe('NOT_FOUND');
  });

  it('finds one body by id, and answers an unknown id with NOT_FOUND', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const body = await aBody(organisation.id).create(api.dataSource);
    const query = `query ($id: ID!) { body(id: $id) { name kind } }`;
    const found = await admin.request<{ body: unknown }>(query, { id: body.id });
    const missing = await admin.request(query, { id: MISSING });
    expect({ found: found.data?.body, missing: code(missing) }).toEqual({
      found: { name: body.name, kind: 'EXECUTIVE_BOARD' },
      missing: 'NOT_FOUND',
    });
  });

  it('pages through the bodies of an organisation by name, and filters by kind', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    for (const kind of [BodyKind.GENERAL_BOARD, BodyKind.EXECUTIVE_BOARD, BodyKind.DIRECTORS_MEETING]) {
      await aBody(organisation.id, kind).create(api.dataSource);
    }
    const first = await admin.request<Page>(LIST, { organisationId: organisation.id });
    const second = await admin.request<Page>(LIST, {
      organisationId: organisation.id,
      after: first.data?.bodies.pageInfo.endCursor,
    });
    const boards = await admin.request<Page>(LIST, {
      organisationId: organisation.id,
      kind: 'GENERAL_BOARD',
    });
    const kindOf = (name: string) => name.split(' ')[0];
    expect({
      first: first.data?.bodies.nodes.map((n) => kindOf(n.name)),
      second: second.data?.bodies.nodes.map((n) => kindOf(n.name)),
      more: second.data?.bodies.pageInfo.hasNextPage,
      total: first.data?.bodies.totalCount,
      boards: boards.data?.bodies.nodes.map((n) => kindOf(n.name)),
    }).toEqual({
      first: ['DIRECTORS_MEETING', 'EXECUTIVE_BOARD'],
      second: ['GENERAL_BOARD'],
      more: false,
      total: 3,
      boards: ['GENERAL_BOARD'],
    });
  });

  it('lists an organisation’s bodies of one kind and a portfolio’s bodies', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id).create(api.dataSource);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(portfolio.id)
      .create(api.dataSource);
    await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
    const response = await admin.request<{
      organisation: {
        all: { name: string }[];
        committees: { name: string }[];
        portfolios: { bodies: { name: string }[] }[];
      };
    }>(
      `query ($id: ID!) { organisation(id: $id) {
         all: bodies { name } committees: bodies(kind: COMMITTEE) { name } portfolios { bodies { name } } } }`,
      { id: organisation.id },
    );
    expect({
      all: response.data?.organisation.all.length,
      committees: response.data?.organisation.committees,
      ofPortfolio: response.data?.organisation.portfolios[0].bodies,
    }).toEqual({ all: 2, committees: [{ name: committee.name }], ofPortfolio: [{ name: committee.name }] });
  });

  describe('who may', () => {
    const bodyOfAnotherOrganisation = async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const body = await aBody(organisation.id).create(api.dataSource);
      return { organisation, body };
    };

    it('tells a visitor without a session to sign in, and shows them no bodies of an organisation', async () => {
      const { organisation, body } = await bodyOfAnotherOrganisation();
      const byId = await graphqlRequest(api.server, `query ($id: ID!) { body(id: $id) { name } }`, {
        id: body.id,
      });
      const nested = await graphqlRequest<{ organisation: { bodies: unknown[] } }>(
        api.server,
        `query ($id: ID!) { organisation(id: $id) { bodies { name } } }`,
        { id: organisation.id },
      );
      expect([code(byId), nested.data?.organisation.bodies]).toEqual(['UNAUTHENTICATED', []]);
    });

    it('hides the bodies of another organisation by id, in lists and nested', async () => {
      const { organisation, body } = await bodyOfAnotherOrganisation();
      const byId = await admin.request(`query ($id: ID!) { body(id: $id) { name } }`, { id: body.id });
      const listed = await admin.request<Page>(LIST, { organisationId: organisation.id });
      const nested = await admin.request<{ organisation: { bodies: unknown[] } }>(
        `query ($id: ID!) { organisation(id: $id) { bodies { name } } }`,
        { id: organisation.id },
      );
      expect({
        byId: code(byId),
        listed: [listed.data?.bodies.nodes, listed.data?.bodies.totalCount],
        nested: nested.data?.organisation.bodies,
      }).toEqual({ byId: 'NOT_FOUND', listed: [[], 0], nested: [] });
    });

    it('answers NOT_FOUND when another organisation’s body is changed or named as advised body', async () => {
      const { body } = await bodyOfAnotherOrganisation();
      const updated = await admin.request(UPDATE, { input: { id: body.id, name: 'Overgenomen' } });
      const created = await admin.request(CREATE, {
        input: {
          organisationId: admin.organisationId,
          kind: 'CORE_GROUP',
          name: 'Adviseur van elders',
          votes: false,
          advisesBodyId: body.id,
        },
      });
      expect([code(updated), code(created)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    });

    it('lets a member read their body but not change it, and records the administrator as actor', async () => {
      const { organisation, body } = await bodyOfAnotherOrganisation();
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.MEMBER,
        (membership) => membership.inBody(body.id),
      );
      const read = await member.request<{ body: { name: string } }>(
        `query ($id: ID!) { body(id: $id) { name } }`,
        {
          id: body.id,
        },
      );
      const refused = await member.request(UPDATE, { input: { id: body.id, name: 'Anders' } });
      await administer(organisation.id);
      await admin.request(UPDATE, { input: { id: body.id, quorum: 3 } });
      const audit = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
        body.id,
      ]);
      expect({ read: read.data?.body.name, refused: code(refused), audit }).toEqual({
        read: body.name,
        refused: 'FORBIDDEN',
        audit: [{ actor_id: admin.personId }],
      });
    });
  });
});
