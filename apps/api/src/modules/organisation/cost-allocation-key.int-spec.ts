import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aServiceArea } from '../../test/builders/structure-extra.builders';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aBody, aMembership, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateCostAllocationKeyInput!) {
  createCostAllocationKey(input: $input) { name method shares { value municipality { name } } } }`;
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('cost allocation keys (verdeelsleutels)', () => {
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

  it('creates a key of fixed percentages that add up to 100, listed with the organisation', async () => {
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Dinkelland', 'Tubbergen')
      .create(api.dataSource);
    await administer(organisation.id);
    const area = await aServiceArea(organisation.id).named('ICT').create(api.dataSource);
    await admin.request(CREATE, {
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
    const response = await admin.request<{
      organisation: {
        costAllocationKeys: { name: string; shares: { value: string; municipality: { name: string } }[] }[];
      };
    }>(
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
    await administer(organisation.id);
    const response = await admin.request<{ createCostAllocationKey: unknown }>(CREATE, {
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
    await administer(organisation.id);
    const response = await admin.request(CREATE, {
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
    await administer(organisation.id);
    const response = await admin.request(CREATE, {
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
    await administer(organisation.id);
    const { municipalities: outside } = await anOrganisation()
      .withMunicipalities('Buiten')
      .create(api.dataSource);
    const response = await admin.request(CREATE, {
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
    await administer(organisation.id);
    const response = await admin.request(CREATE, {
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
    await administer(organisation.id);
    const input = { organisationId: organisation.id, name: 'Gelijk', method: 'EQUAL' };
    await admin.request(CREATE, { input });
    const second = await admin.request(CREATE, { input });
    const rows = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM cost_allocation_key WHERE organisation_id = $1`,
      [organisation.id],
    );
    expect({ code: code(second), keys: rows[0].n }).toEqual({ code: 'CONFLICT', keys: 1 });
  });

  describe('who may', () => {
    const newKeyInput = (organisationId: string) => ({
      organisationId,
      name: 'Gelijk',
      method: 'EQUAL',
    });

    it('tells a visitor without a session to sign in before creating a key', async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const response = await graphqlRequest(api.server, CREATE, { input: newKeyInput(organisation.id) });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('refuses an administrator of another organisation, and hides its service areas and keys', async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const area = await aServiceArea(organisation.id).create(api.dataSource);
      await api.dataSource.query(
        `INSERT INTO cost_allocation_key (organisation_id, name, method) VALUES ($1, 'Inwoners', 'INHABITANTS')`,
        [organisation.id],
      );
      const created = await admin.request(CREATE, { input: newKeyInput(organisation.id) });
      const withForeignArea = await admin.request(CREATE, {
        input: { ...newKeyInput(admin.organisationId), serviceAreaId: area.id },
      });
      const listed = await admin.request<{ organisation: { costAllocationKeys: unknown[] } }>(
        `query ($id: ID!) { organisation(id: $id) { costAllocationKeys { name } } }`,
        { id: organisation.id },
      );
      expect({
        created: code(created),
        withForeignArea: code(withForeignArea),
        keys: listed.data?.organisation.costAllocationKeys,
      }).toEqual({ created: 'FORBIDDEN', withForeignArea: 'NOT_FOUND', keys: [] });
    });

    it('lets a board member read the keys but not create one', async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      const board = await aBody(organisation.id).create(api.dataSource);
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.MEMBER,
        (membership) => membership.inBody(board.id),
      );
      await administer(organisation.id);
      await admin.request(CREATE, { input: newKeyInput(organisation.id) });
      const listed = await member.request<{ organisation: { costAllocationKeys: { name: string }[] } }>(
        `query ($id: ID!) { organisation(id: $id) { costAllocationKeys { name } } }`,
        { id: organisation.id },
      );
      const created = await member.request(CREATE, {
        input: { ...newKeyInput(organisation.id), name: 'Ander' },
      });
      expect([listed.data?.organisation.costAllocationKeys, code(created)]).toEqual([
        [{ name: 'Gelijk' }],
        'FORBIDDEN',
      ]);
    });
  });
});
