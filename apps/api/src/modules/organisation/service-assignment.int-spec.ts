import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aBody, aMembership, anOrganisation, aPortfolio } from '../../test/builders/structure.builders';
import { aServiceArea, anAssignment } from '../../test/builders/structure-extra.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE_PORTFOLIO = `mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { code name } }`;
const CREATE_AREA = `mutation ($input: CreateServiceAreaInput!) {
  createServiceArea(input: $input) { code name portfolio { name } } }`;
const ASSIGN = `mutation ($input: AssignServiceInput!) {
  assignService(input: $input) { startsOn endsOn costSharePercent serviceArea { name } municipality { name } } }`;
const END = `mutation ($input: EndServiceAssignmentInput!) { endServiceAssignment(input: $input) { endsOn } }`;
const SHARE = `mutation ($input: UpdateServiceAssignmentCostShareInput!) {
  updateServiceAssignmentCostShare(input: $input) { costSharePercent } }`;
const MATRIX = `query ($organisationId: ID!, $activeOn: String, $municipalityId: ID, $first: Int, $after: String) {
  serviceAssignments(organisationId: $organisationId, activeOn: $activeOn, municipalityId: $municipalityId,
                     first: $first, after: $after) {
    nodes { costSharePercent serviceArea { code } municipality { name } }
    pageInfo { endCursor hasNextPage } totalCount } }`;

type Matrix = {
  serviceAssignments: {
    nodes: { costSharePercent: string; serviceArea: { code: string }; municipality: { name: string } }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];
const short = (name: string) => name.split(' ')[0];

describe('portfolios, service areas and the assignment matrix', () => {
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

  it('creates a portfolio and a service area in it', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    await admin.request(CREATE_PORTFOLIO, {
      input: { organisationId: organisation.id, code: 'VTH', name: 'Vergunningen, toezicht en handhaving' },
    });
    const [portfolio] = await api.dataSource.query(`SELECT id FROM portfolio WHERE organisation_id = $1`, [
      organisation.id,
    ]);
    const area = await admin.request<{ createServiceArea: unknown }>(CREATE_AREA, {
      input: { organisationId: organisation.id, code: 'VTH', name: 'VTH', portfolioId: portfolio.id },
    });
    expect(area.data?.createServiceArea).toEqual({
      code: 'VTH',
      name: 'VTH',
      portfolio: { name: 'Vergunningen, toezicht en handhaving' },
    });
  });

  it('refuses a second portfolio with the same code in one organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const input = { organisationId: organisation.id, code: 'SD', name: 'Sociaal domein' };
    await admin.request(CREATE_PORTFOLIO, { input });
    expect(code(await admin.request(CREATE_PORTFOLIO, { input }))).toBe('CONFLICT');
  });

  it('refuses a service area in a portfolio of another organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const { organisation: other } = await anOrganisation().create(api.dataSource);
    await administer(other.id);
    const foreign = await aPortfolio(other.id).create(api.dataSource);
    const response = await admin.request(CREATE_AREA, {
      input: { organisationId: organisation.id, code: 'ICT', name: 'ICT', portfolioId: foreign.id },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'portfolioId', message: 'portfolioId must be a portfolio of the same organisation' }],
    });
  });

  it('lists a portfolio’s service areas and an organisation’s portfolios', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const portfolio = await aPortfolio(organisation.id, 'Sociaal domein').create(api.dataSource);
    await aServiceArea(organisation.id).named('Wmo').inPortfolio(portfolio.id).create(api.dataSource);
    await aServiceArea(organisation.id).named('Jeugd').inPortfolio(portfolio.id).create(api.dataSource);
    await aServiceArea(organisation.id).named('ICT').create(api.dataSource);
    const response = await admin.request<{
      organisation: { portfolios: { serviceAreas: { name: string }[] }[]; serviceAreas: { name: string }[] };
    }>(
      `query ($id: ID!) { organisation(id: $id) {
         portfolios { serviceAreas { name } } serviceAreas { name } } }`,
      { id: organisation.id },
    );
    expect({
      inPortfolio: response.data?.organisation.portfolios[0].serviceAreas.map((a) => short(a.name)),
      all: response.data?.organisation.serviceAreas.map((a) => short(a.name)),
    }).toEqual({ inPortfolio: ['Jeugd', 'Wmo'], all: ['ICT', 'Jeugd', 'Wmo'] });
  });

  it('assigns a service area to a gemeente that takes part', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel')
      .create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).named('VTH').create(api.dataSource);
    const response = await admin.request<{ assignService: unknown }>(ASSIGN, {
      input: {
        serviceAreaId: area.id,
        municipalityId: municipalities[0].id,
        startsOn: '2024-01-01',
        costSharePercent: '22.5',
      },
    });
    expect(response.data?.assignService).toEqual({
      startsOn: '2024-01-01',
      endsOn: null,
      costSharePercent: '22.50',
      serviceArea: { name: area.name },
      municipality: { name: municipalities[0].name },
    });
  });

  it('refuses to assign a service area to a gemeente outside the organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const { municipalities: outsiders } = await anOrganisation()
      .withMunicipalities('Elders')
      .create(api.dataSource);
    const area = await aServiceArea(organisation.id).create(api.dataSource);
    const response = await admin.request(ASSIGN, {
      input: {
        serviceAreaId: area.id,
        municipalityId: outsiders[0].id,
        startsOn: '2024-01-01',
        costSharePercent: '10',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'municipalityId',
          message: 'municipalityId must be a gemeente taking part in the organisation on 2024-01-01',
        },
      ],
    });
  });

  it('refuses a second assignment of the same area and gemeente while the first holds', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).create(api.dataSource);
    await anAssignment(area, municipalities[0].id).between('2020-01-01', null).create(api.dataSource);
    const response = await admin.request(ASSIGN, {
      input: {
        serviceAreaId: area.id,
        municipalityId: municipalities[0].id,
        startsOn: '2024-01-01',
        costSharePercent: '10',
      },
    });
    expect(code(response)).toBe('CONFLICT');
  });

  it('refuses a cost share above 100 percent', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).create(api.dataSource);
    const response = await admin.request(ASSIGN, {
      input: {
        serviceAreaId: area.id,
        municipalityId: municipalities[0].id,
        startsOn: '2024-01-01',
        costSharePercent: '100.01',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'costSharePercent',
          message: 'costSharePercent must be a number from 0 to 100 with at most two decimals, e.g. 22.50',
        },
      ],
    });
  });

  it('answers an assignment of an unknown service area with NOT_FOUND', async () => {
    const { municipalities } = await anOrganisation().create(api.dataSource);
    const response = await admin.request(ASSIGN, {
      input: {
        serviceAreaId: '00000000-0000-4000-8000-000000000000',
        municipalityId: municipalities[0].id,
        startsOn: '2024-01-01',
        costSharePercent: '10',
      },
    });
    expect(code(response)).toBe('NOT_FOUND');
  });

  it('changes the cost share of an assignment', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).create(api.dataSource);
    const assignment = await anAssignment(area, municipalities[0].id)
      .withShare('40.00')
      .create(api.dataSource);
    const response = await admin.request<{ updateServiceAssignmentCostShare: unknown }>(SHARE, {
      input: { id: assignment.id, costSharePercent: '35' },
    });
    expect(response.data?.updateServiceAssignmentCostShare).toEqual({ costSharePercent: '35.00' });
  });

  it('ends an assignment, but not before it started', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).create(api.dataSource);
    const assignment = await anAssignment(area, municipalities[0].id)
      .between('2020-01-01', null)
      .create(api.dataSource);
    const tooEarly = await admin.request(END, {
      input: { id: assignment.id, endsOn: '2019-12-31' },
    });
    const ended = await admin.request<{ endServiceAssignment: unknown }>(END, {
      input: { id: assignment.id, endsOn: '2024-12-31' },
    });
    expect({ tooEarly: tooEarly.errors?.[0]?.extensions, ended: ended.data?.endServiceAssignment }).toEqual({
      tooEarly: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'endsOn', message: 'endsOn must be on or after the first day, 2020-01-01' }],
      },
      ended: { endsOn: '2024-12-31' },
    });
  });

  it('shows the matrix on a day: Bergeijk does not take part in VTH, and an ended assignment is gone', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bergeijk', 'Bladel', 'Eersel')
      .create(api.dataSource);
    await administer(organisation.id);
    const [bergeijk, bladel, eersel] = municipalities;
    const vth = await aServiceArea(organisation.id).named('VTH').create(api.dataSource);
    const ict = await aServiceArea(organisation.id).named('ICT').create(api.dataSource);
    for (const gemeente of [bergeijk, bladel, eersel]) {
      await anAssignment(ict, gemeente.id).withShare('33.33').create(api.dataSource);
    }
    await anAssignment(vth, bladel.id).create(api.dataSource);
    const ending = await anAssignment(vth, eersel.id).create(api.dataSource);
    await admin.request(END, { input: { id: ending.id, endsOn: '2023-12-31' } });
    const response = await admin.request<Matrix>(MATRIX, {
      organisationId: organisation.id,
      activeOn: '2024-06-01',
    });
    expect(
      response.data?.serviceAssignments.nodes.map(
        (n) => `${short(n.municipality.name)} ${n.costSharePercent}`,
      ),
    ).toEqual(['Bergeijk 33.33', 'Bladel 33.33', 'Eersel 33.33', 'Bladel 50.00']);
  });

  it('pages through the assignments of one gemeente', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    for (const name of ['A', 'B', 'C']) {
      const area = await aServiceArea(organisation.id).named(name).create(api.dataSource);
      await anAssignment(area, municipalities[0].id).create(api.dataSource);
    }
    const variables = { organisationId: organisation.id, municipalityId: municipalities[0].id, first: 2 };
    const first = await admin.request<Matrix>(MATRIX, variables);
    const second = await admin.request<Matrix>(MATRIX, {
      ...variables,
      after: first.data?.serviceAssignments.pageInfo.endCursor,
    });
    expect({
      first: first.data?.serviceAssignments.nodes.length,
      second: second.data?.serviceAssignments.nodes.length,
      more: second.data?.serviceAssignments.pageInfo.hasNextPage,
      total: first.data?.serviceAssignments.totalCount,
    }).toEqual({ first: 2, second: 1, more: false, total: 3 });
  });

  it('sends as many statements for a matrix of 30 assignments as for one', async () => {
    const small = await anOrganisation().withMunicipalities('Een').create(api.dataSource);
    await anAssignment(
      await aServiceArea(small.organisation.id).create(api.dataSource),
      small.municipalities[0].id,
    ).create(api.dataSource);
    const large = await anOrganisation()
      .withMunicipalities('A', 'B', 'C', 'D', 'E', 'F')
      .create(api.dataSource);
    for (let index = 0; index < 5; index++) {
      const area = await aServiceArea(large.organisation.id).create(api.dataSource);
      for (const gemeente of large.municipalities)
        await anAssignment(area, gemeente.id).create(api.dataSource);
    }
    const one = await countStatements(() => admin.request(MATRIX, { organisationId: small.organisation.id }));
    const thirty = await countStatements(() =>
      admin.request(MATRIX, { organisationId: large.organisation.id }),
    );
    expect(thirty).toBe(one);
  });

  describe('who may', () => {
    const assignmentOfAnotherOrganisation = async () => {
      const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
      const area = await aServiceArea(organisation.id).create(api.dataSource);
      const assignment = await anAssignment(area, municipalities[0].id).create(api.dataSource);
      return { organisation, municipalities, area, assignment };
    };

    it('tells a visitor without a session to sign in before reading the matrix', async () => {
      const { organisation } = await assignmentOfAnotherOrganisation();
      const response = await graphqlRequest(api.server, MATRIX, { organisationId: organisation.id });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('shows an administrator of another organisation nothing of its matrix', async () => {
      const { organisation } = await assignmentOfAnotherOrganisation();
      const response = await admin.request<Matrix>(MATRIX, { organisationId: organisation.id });
      expect({
        nodes: response.data?.serviceAssignments.nodes,
        total: response.data?.serviceAssignments.totalCount,
      }).toEqual({ nodes: [], total: 0 });
    });

    it('answers an administrator of another organisation NOT_FOUND on its areas and assignments', async () => {
      const { municipalities, area, assignment } = await assignmentOfAnotherOrganisation();
      const responses = [
        await admin.request(ASSIGN, {
          input: {
            serviceAreaId: area.id,
            municipalityId: municipalities[1].id,
            startsOn: '2024-01-01',
            costSharePercent: '10',
          },
        }),
        await admin.request(END, { input: { id: assignment.id, endsOn: '2024-12-31' } }),
        await admin.request(SHARE, { input: { id: assignment.id, costSharePercent: '1' } }),
        await admin.request(CREATE_AREA, {
          input: { organisationId: assignment.organisationId, code: 'X', name: 'X', portfolioId: null },
        }),
      ];
      expect(responses.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN']);
    });

    it('lets a board member read the matrix but not change a cost share', async () => {
      const { organisation, assignment } = await assignmentOfAnotherOrganisation();
      const board = await aBody(organisation.id).create(api.dataSource);
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.MEMBER,
        (membership) => membership.inBody(board.id),
      );
      const matrix = await member.request<Matrix>(MATRIX, { organisationId: organisation.id });
      const changed = await member.request(SHARE, { input: { id: assignment.id, costSharePercent: '1' } });
      expect([matrix.data?.serviceAssignments.totalCount, code(changed)]).toEqual([1, 'FORBIDDEN']);
    });
  });
});
