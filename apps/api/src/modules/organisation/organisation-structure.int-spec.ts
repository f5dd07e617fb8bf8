import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import { aParticipation } from '../../test/builders/structure-extra.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
import { aMembership } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name kind legalForm establishedOn } }`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id name kind legalForm establishedOn } }`;
const UPDATE_MUNICIPALITY = `mutation ($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) { name cbsCode inhabitants } }`;
const ADD = `mutation ($input: AddParticipationInput!) {
  addParticipation(input: $input) { id startsOn endsOn municipality { name } organisation { name } } }`;
const END = `mutation ($input: EndParticipationInput!) { endParticipation(input: $input) { startsOn endsOn } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('organisations and participations', () => {
  let api: TestApp;
  /** an administrator of an organisation of their own, and of every organisation a test changes */
  let admin: SignedInMember;
  const administer = (organisationId: string) =>
    aMembership(admin.personId, organisationId, MembershipRole.ADMINISTRATOR).create(api.dataSource);

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation } = await anOrganisation().create(api.dataSource);
    admin = await aSignedInMember(api.dataSource, api.server, organisation.id, MembershipRole.ADMINISTRATOR);
  });
  afterAll(() => api.close());

  const newOrganisationInput = () => ({
    name: `Dommelvallei ${randomUUID().slice(0, 8)}`,
    kind: 'SHARED_SERVICE_MERGER',
    legalForm: 'PUBLIC_BODY',
    establishedOn: '2015-01-01',
  });

  it('creates an organisation and records it in the audit trail', async () => {
    const input = newOrganisationInput();
    const created = await admin.request<{ createOrganisation: { id: string } }>(CREATE, {
      input,
    });
    const audit = await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1`, [
      created.data?.createOrganisation.id,
    ]);
    expect({ organisation: created.data?.createOrganisation, audit }).toEqual({
      organisation: { id: expect.any(String), ...input },
      audit: [{ action: 'createOrganisation' }],
    });
  });

  it('names every invalid field of a new organisation', async () => {
    const response = await admin.request(CREATE, {
      input: { ...newOrganisationInput(), name: '', establishedOn: '2015-02-30' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'name should not be empty' },
        { field: 'establishedOn', message: 'establishedOn must be a date written as yyyy-mm-dd' },
      ],
    });
  });

  it('refuses a second organisation with the same name', async () => {
    const input = newOrganisationInput();
    await admin.request(CREATE, { input });
    expect(code(await admin.request(CREATE, { input }))).toBe('CONFLICT');
  });

  it('changes only the fields given', async () => {
    const { organisation } = await anOrganisation().named('Kempen').create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request<{ updateOrganisation: unknown }>(UPDATE, {
      input: { id: organisation.id, legalForm: 'OPERATIONAL_ORGANISATION' },
    });
    expect(response.data?.updateOrganisation).toEqual({
      id: organisation.id,
      name: organisation.name,
      kind: 'SHARED_SERVICE_MERGER',
      legalForm: 'OPERATIONAL_ORGANISATION',
      establishedOn: '2010-01-01',
    });
  });

  it('answers an update of an unknown organisation with NOT_FOUND', async () => {
    expect(code(await admin.request(UPDATE, { input: { id: MISSING, name: 'X' } }))).toBe('NOT_FOUND');
  });

  it('refuses renaming an organisation to a name in use', async () => {
    const { organisation: first } = await anOrganisation().create(api.dataSource);
    const { organisation: second } = await anOrganisation().create(api.dataSource);
    await administer(second.id);
    const response = await admin.request(UPDATE, { input: { id: second.id, name: first.name } });
    expect(code(response)).toBe('CONFLICT');
  });

  it('lets an administrator change the name and inhabitants of a gemeente that takes part in their organisation', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel')
      .create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request<{ updateMunicipality: unknown }>(UPDATE_MUNICIPALITY, {
      input: { id: municipalities[0].id, name: 'Bladel (nieuw)', inhabitants: 21000 },
    });
    expect(response.data?.updateMunicipality).toEqual(
      expect.objectContaining({ name: 'Bladel (nieuw)', inhabitants: 21000 }),
    );
  });

  it("refuses an administrator to change another organisation's gemeente", async () => {
    const { municipalities } = await anOrganisation().withMunicipalities('Reusel').create(api.dataSource);
    const response = await admin.request(UPDATE_MUNICIPALITY, {
      input: { id: municipalities[0].id, name: 'Reusel (nieuw)' },
    });
    expect(code(response)).toBe('FORBIDDEN');
  });

  it('has no way to change a CBS code', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Eersel')
      .create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request(UPDATE_MUNICIPALITY, {
      input: { id: municipalities[0].id, cbsCode: 'GM0001' },
    });
    expect(code(response)).toBe('BAD_USER_INPUT');
  });

  it('lets a gemeente join a second organisation, shown from both sides', async () => {
    const { municipalities } = await anOrganisation().withMunicipalities('Oirschot').create(api.dataSource);
    const { organisation: other } = await anOrganisation()
      .named('Regio')
      .withMunicipalities()
      .create(api.dataSource);
    await administer(other.id);
    const added = await admin.request<{ addParticipation: { municipality: { name: string } } }>(ADD, {
      input: { organisationId: other.id, municipalityId: municipalities[0].id, startsOn: '2024-01-01' },
    });
    const nested = await admin.request<{
      organisation: { participations: { municipality: { name: string } }[] };
      municipalities: { nodes: { participations: { organisation: { name: string } }[] }[] };
    }>(
      `query ($id: ID!, $name: String!) {
         organisation(id: $id) { participations { municipality { name } } }
         municipalities(nameContains: $name) { nodes { participations { organisation { name } } } } }`,
      { id: other.id, name: municipalities[0].name },
    );
    expect({
      joined: added.data?.addParticipation.municipality.name,
      organisationSide: nested.data?.organisation.participations.map((p) => p.municipality.name),
      gemeenteSide: nested.data?.municipalities.nodes[0].participations.map((p) => p.organisation.name)
        .length,
    }).toEqual({
      joined: municipalities[0].name,
      organisationSide: [municipalities[0].name],
      gemeenteSide: 2,
    });
  });

  it('refuses a participation while one is still running', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    await administer(organisation.id);
    const response = await admin.request(ADD, {
      input: {
        organisationId: organisation.id,
        municipalityId: municipalities[0].id,
        startsOn: '2024-01-01',
      },
    });
    expect(code(response)).toBe('CONFLICT');
  });

  it('lets a gemeente rejoin after its participation ended', async () => {
    const { organisation } = await anOrganisation().withMunicipalities().create(api.dataSource);
    await administer(organisation.id);
    const { municipalities: elsewhere } = await anOrganisation()
      .withMunicipalities('Reusel')
      .create(api.dataSource);
    await aParticipation(organisation.id, elsewhere[0].id)
      .between('2012-01-01', '2018-12-31')
      .create(api.dataSource);
    const response = await admin.request<{ addParticipation: { startsOn: string } }>(ADD, {
      input: { organisationId: organisation.id, municipalityId: elsewhere[0].id, startsOn: '2023-01-01' },
    });
    expect(response.data?.addParticipation.startsOn).toBe('2023-01-01');
  });

  it('answers a participation in an unknown organisation with NOT_FOUND', async () => {
    const { municipalities } = await anOrganisation().create(api.dataSource);
    const response = await admin.request(ADD, {
      input: { organisationId: MISSING, municipalityId: municipalities[0].id, startsOn: '2024-01-01' },
    });
    expect(code(response)).toBe('NOT_FOUND');
  });

  it('ends a participation, after which the gemeente is no longer listed today', async () => {
    const { organisation } = await anOrganisation()
      .withMunicipalities('Bergeijk', 'Bladel')
      .create(api.dataSource);
    await administer(organisation.id);
    const [participation] = await api.dataSource.query(
      `SELECT participation.id FROM participation JOIN municipality ON municipality.id = municipality_id
        WHERE organisation_id = $1 AND municipality.name LIKE 'Bergeijk%'`,
      [organisation.id],
    );
    const ended = await admin.request<{ endParticipation: unknown }>(END, {
      input: { id: participation.id, endsOn: '2021-12-31' },
    });
    const now = await admin.request<{ organisation: { municipalities: { name: string }[] } }>(
      `query ($id: ID!) { organisation(id: $id) { municipalities { name } } }`,
      { id: organisation.id },
    );
    expect({
      ended: ended.data?.endParticipation,
      now: now.data?.organisation.municipalities.map((m) => m.name.split(' ')[0]),
    }).toEqual({ ended: { startsOn: '2010-01-01', endsOn: '2021-12-31' }, now: ['Bladel'] });
  });

  it('refuses to end a participation before it started', async () => {
    const { organisation } = await anOrganisation().withMunicipalities('Eersel').create(api.dataSource);
    await administer(organisation.id);
    const [participation] = await api.dataSource.query(
      `SELECT id FROM participation WHERE organisation_id = $1`,
      [organisation.id],
    );
    const response = await admin.request(END, {
      input: { id: participation.id, endsOn: '2009-12-31' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsOn', message: 'endsOn must be on or after the first day, 2010-01-01' }],
    });
  });

  describe('who may', () => {
    it('tells a visitor without a session to sign in before creating an organisation', async () => {
      const response = await graphqlRequest(api.server, CREATE, { input: newOrganisationInput() });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('shows a visitor without a session the structure, but not the portfolios', async () => {
      const { organisation } = await anOrganisation()
        .withMunicipalities('Hilvarenbeek')
        .create(api.dataSource);
      await administer(organisation.id);
      await admin.request(
        `mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { id } }`,
        {
          input: { organisationId: organisation.id, code: 'SD', name: 'Sociaal domein' },
        },
      );
      const response = await graphqlRequest<{
        organisation: { municipalities: { name: string }[]; portfolios: unknown[] };
      }>(
        api.server,
        `query ($id: ID!) { organisation(id: $id) { municipalities { name } portfolios { id } } }`,
        {
          id: organisation.id,
        },
      );
      expect({
        municipalities: response.data?.organisation.municipalities.length,
        portfolios: response.data?.organisation.portfolios,
      }).toEqual({ municipalities: 1, portfolios: [] });
    });

    it('records the signed-in administrator as the actor', async () => {
      const created = await admin.request<{ createOrganisation: { id: string } }>(CREATE, {
        input: newOrganisationInput(),
      });
      const audit = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
        created.data?.createOrganisation.id,
      ]);
      expect(audit).toEqual([{ actor_id: admin.personId }]);
    });

    it('refuses a member who administers nothing to create an organisation or gemeente', async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const director = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.DIRECTOR,
      );
      const organisationResponse = await director.request(CREATE, { input: newOrganisationInput() });
      const municipalityResponse = await director.request(
        `mutation ($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`,
        { input: { name: 'Nergensdorp', cbsCode: 'GM9990', inhabitants: 1 } },
      );
      expect([code(organisationResponse), code(municipalityResponse)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });

    it('refuses the director, who may read but not administer, to change the organisation', async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const director = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.DIRECTOR,
      );
      const response = await director.request(UPDATE, { input: { id: organisation.id, name: 'Anders' } });
      expect(code(response)).toBe('FORBIDDEN');
    });

    it('refuses an administrator of another organisation its participations', async () => {
      const { organisation } = await anOrganisation().withMunicipalities('Goirle').create(api.dataSource);
      const [participation] = await api.dataSource.query(
        `SELECT id FROM participation WHERE organisation_id = $1`,
        [organisation.id],
      );
      const { municipalities: elsewhere } = await anOrganisation()
        .withMunicipalities('Oisterwijk')
        .create(api.dataSource);
      const added = await admin.request(ADD, {
        input: { organisationId: organisation.id, municipalityId: elsewhere[0].id, startsOn: '2024-01-01' },
      });
      const ended = await admin.request(END, { input: { id: participation.id, endsOn: '2024-12-31' } });
      expect([code(added), code(ended)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });
  });
});
