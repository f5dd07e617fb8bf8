import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aServiceArea } from '../../test/builders/structure-extra.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateCostAllocationKeyInput!) {
  createCostAllocationKey(input: $input) { name method shares { value municipality { name } } } }`;
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('cost allocation keys (verdeelsleutels)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('creates a key of fixed percentages that add up to 100, listed with the organisation', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Dinkelland', 'Tubbergen')
      .create(api.dataSource);
    const area = await aServiceArea(organisation.id).named('ICT').create(api.dataSource);
    await graphqlRequest(api.server, CREATE, {
      input: {
        organisationId: organisation.id,
        serviceAreaId: area.id,
        name: 'ICT 2025',
        method: 'FIXED_PERCENTAGES',
        shares: [
          { municipalityId: municipalities[0].id, value: '52.5' },
          { municipalityId: municipalities[1].id, value: '47.50' },
        ],
      },
    });
    const response = await graphqlRequest<{
      organisation: {
        costAllocationKeys: { name: string; shares: { value: string; municipality: { name: string } }[] }[];
      };
    }>(
      api.server,
      `query ($id: ID!) { organisation(id: $id) { costAllocationKeys { name shares { value municipality { name } } } } }`,
      { id: organisation.id },
    );
    expect(response.data?.organisation.costAllocationKeys).toEqual([
      {
        name: 'ICT 2025',
        shares: [
          { value: '52.50', municipality: { name: municipalities[0].name } },
          { value: '47.50', municipality: { name: municipalities[1].name } },
        ],
      },
    ]);
  });

  it('creates a key by inhabitants without shares', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest<{ createCostAllocationKey: unknown }>(api.server, CREATE, {
      input: { organisationId: organisation.id, name: 'Inwonertal', method: 'INHABITANTS' },
    });
    expect(response.data?.createCostAllocationKey).toEqual({
      name: 'Inwonertal',
      method: 'INHABITANTS',
      shares: [],
    });
  });

  it('refuses fixed percentages that do not add up to 100', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        organisationId: organisation.id,
        name: 'Scheef',
        method: 'FIXED_PERCENTAGES',
        shares: [
          { municipalityId: municipalities[0].id, value: '60' },
          { municipalityId: municipalities[1].id, value: '30' },
        ],
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'shares', message: 'shares must add up to 100, not 90.00' }],
    });
  });

  it('refuses fixed percentages without shares', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: { organisationId: organisation.id, name: 'Leeg', method: 'FIXED_PERCENTAGES' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'shares',
          message: 'shares must name at least one gemeente for the method FIXED_PERCENTAGES',
        },
      ],
    });
  });

  it('refuses a share for a gemeente outside the organisation', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Binnen')
      .create(api.dataSource);
    const { municipalities: outside } = await anOrganisation()
      .withMunicipalities('Buiten')
      .create(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        organisationId: organisation.id,
        name: 'Met buitenstaander',
        method: 'FIXED_PERCENTAGES',
        shares: [
          { municipalityId: municipalities[0].id, value: '50' },
          { municipalityId: outside[0].id, value: '50' },
        ],
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'shares.1.municipalityId',
          message: 'municipalityId must be a gemeente taking part in the organisation',
        },
      ],
    });
  });

  it('names an invalid share value by its position', async () => {
    const { organisation, municipalities } = await anOrganisation().create(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        organisationId: organisation.id,
        name: 'Fout',
        method: 'USAGE',
        shares: [{ municipalityId: municipalities[0].id, value: '-3' }],
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'shares.0.value',
          message: 'value must be a number of at least 0 with at most two decimals, e.g. 12.5',
        },
      ],
    });
  });

  it('refuses a second key with the same name and saves nothing of it', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    const input = { organisationId: organisation.id, name: 'Gelijk', method: 'EQUAL' };
    await graphqlRequest(api.server, CREATE, { input });
    const second = await graphqlRequest(api.server, CREATE, { input });
    const rows = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM cost_allocation_key WHERE organisation_id = $1`,
      [organisation.id],
    );
    expect({ code: code(second), keys: rows[0].n }).toEqual({ code: 'CONFLICT', keys: 1 });
  });
});
