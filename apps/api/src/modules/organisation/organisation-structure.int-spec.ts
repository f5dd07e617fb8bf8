import { graphqlRequest } from '@bestuurskracht/api/testing';
import { randomUUID } from 'node:crypto';
import { aParticipation } from '../../test/builders/structure-extra.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
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

  beforeAll(async () => {
    api = await startTestApp();
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
    const created = await graphqlRequest<{ createOrganisation: { id: string } }>(api.server, CREATE, {
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
    const response = await graphqlRequest(api.server, CREATE, {
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
    await graphqlRequest(api.server, CREATE, { input });
    expect(code(await graphqlRequest(api.server, CREATE, { input }))).toBe('CONFLICT');
  });

  it('changes only the fields given', async () => {
    const { organisation } = await anOrganisation().named('Kempen').create(api.dataSource);
    const response = await graphqlRequest<{ updateOrganisation: unknown }>(api.server, UPDATE, {
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
    expect(code(await graphqlRequest(api.server, UPDATE, { input: { id: MISSING, name: 'X' } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses renaming an organisation to a name in use', async () => {
    const { organisation: first } = await anOrganisation().create(api.dataSource);
    const { organisation: second } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest(api.server, UPDATE, { input: { id: second.id, name: first.name } });
    expect(code(response)).toBe('CONFLICT');
  });

  it('updates a gemeente’s name and inhabitants and keeps its CBS code', async () => {
    const { municipalities } = await anOrganisation().withMunicipalities('Bladel').create(api.dataSource);
    const response = await graphqlRequest<{ updateMunicipality: unknown }>(api.server, UPDATE_MUNICIPALITY, {
      input: { id: municipalities[0].id, name: 'Bladel (nieuw)', inhabitants: 21000 },
    });
    expect(response.data?.updateMunicipality).toEqual({
      name: 'Bladel (nieuw)',
      cbsCode: municipalities[0].cbsCode,
      inhabitants: 21000,
    });
  });

  it('has no way to change a CBS code', async () => {
    const { municipalities } = await anOrganisation().withMunicipalities('Eersel').create(api.dataSource);
    const response = await graphqlRequest(api.server, UPDATE_MUNICIPALITY, {
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
    const added = await graphqlRequest<{ addParticipation: { municipality: { name: string } } }>(
      api.server,
      ADD,
      {
        input: { organisationId: other.id, municipalityId: municipalities[0].id, startsOn: '2024-01-01' },
      },
    );
    const nested = await graphqlRequest<{
      organisation: { participations: { municipality: { name: string } }[] };
      municipalities: { nodes: { participations: { organisation: { name: string } }[] }[] };
    }>(
      api.server,
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
    const response = await graphqlRequest(api.server, ADD, {
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
    const { municipalities: elsewhere } = await anOrganisation()
      .withMunicipalities('Reusel')
      .create(api.dataSource);
    await aParticipation(organisation.id, elsewhere[0].id)
      .between('2012-01-01', '2018-12-31')
      .create(api.dataSource);
    const response = await graphqlRequest<{ addParticipation: { startsOn: string } }>(api.server, ADD, {
      input: { organisationId: organisation.id, municipalityId: elsewhere[0].id, startsOn: '2023-01-01' },
    });
    expect(response.data?.addParticipation.startsOn).toBe('2023-01-01');
  });

  it('answers a participation in an unknown organisation with NOT_FOUND', async () => {
    const { municipalities } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest(api.server, ADD, {
      input: { organisationId: MISSING, municipalityId: municipalities[0].id, startsOn: '2024-01-01' },
    });
    expect(code(response)).toBe('NOT_FOUND');
  });

  it('ends a participation, after which the gemeente is no longer listed today', async () => {
    const { organisation } = await anOrganisation()
      .withMunicipalities('Bergeijk', 'Bladel')
      .create(api.dataSource);
    const [participation] = await api.dataSource.query(
      `SELECT participation.id FROM participation JOIN municipality ON municipality.id = municipality_id
        WHERE organisation_id = $1 AND municipality.name LIKE 'Bergeijk%'`,
      [organisation.id],
    );
    const ended = await graphqlRequest<{ endParticipation: unknown }>(api.server, END, {
      input: { id: participation.id, endsOn: '2021-12-31' },
    });
    const now = await graphqlRequest<{ organisation: { municipalities: { name: string }[] } }>(
      api.server,
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
    const [participation] = await api.dataSource.query(
      `SELECT id FROM participation WHERE organisation_id = $1`,
      [organisation.id],
    );
    const response = await graphqlRequest(api.server, END, {
      input: { id: participation.id, endsOn: '2009-12-31' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsOn', message: 'endsOn must be on or after the first day, 2010-01-01' }],
    });
  });
});
