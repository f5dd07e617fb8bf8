import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aFreeCbsCode, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id name cbsCode } }`;
const LIST = `query ($after: String, $nameContains: String) {
  municipalities(first: 2, after: $after, nameContains: $nameContains) {
    nodes { name } pageInfo { endCursor hasNextPage } totalCount } }`;

type Page = {
  municipalities: {
    nodes: { name: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

describe('gemeenten', () => {
  let api: TestApp;
  let admin: SignedInMember;

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation } = await anOrganisation().create(api.dataSource);
    admin = await aSignedInMember(api.dataSource, api.server, organisation.id, MembershipRole.ADMINISTRATOR);
  });
  afterAll(() => api.close());

  it('pages through the gemeenten matching a name, in name order', async () => {
    for (const name of ['Zuidkwartier Oost', 'Zuidkwartier West', 'Zuidkwartier Noord']) {
      await admin.request(CREATE, {
        input: { name, cbsCode: await aFreeCbsCode(api.dataSource), inhabitants: 1 },
      });
    }
    const first = await graphqlRequest<Page>(api.server, LIST, { nameContains: 'zuidkwartier' });
    const second = await graphqlRequest<Page>(api.server, LIST, {
      nameContains: 'zuidkwartier',
      after: first.data?.municipalities.pageInfo.endCursor,
    });
    expect({
      first: first.data?.municipalities.nodes.map((n) => n.name),
      second: second.data?.municipalities.nodes.map((n) => n.name),
      more: second.data?.municipalities.pageInfo.hasNextPage,
      total: first.data?.municipalities.totalCount,
    }).toEqual({
      first: ['Zuidkwartier Noord', 'Zuidkwartier Oost'],
      second: ['Zuidkwartier West'],
      more: false,
      total: 3,
    });
  });

  it('names every invalid field of the input', async () => {
    const response = await admin.request(CREATE, {
      input: { name: '', cbsCode: '1724', inhabitants: -5 },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'name should not be empty' },
        { field: 'cbsCode', message: 'must be GM followed by four digits, e.g. GM1724' },
        { field: 'inhabitants', message: 'inhabitants must not be less than 0' },
      ],
    });
  });

  it('refuses a second gemeente with the same CBS code and keeps the first', async () => {
    const input = { name: 'Dubbelstad', cbsCode: await aFreeCbsCode(api.dataSource), inhabitants: 10 };
    await admin.request(CREATE, { input });
    const second = await admin.request(CREATE, { input: { ...input, name: 'Dubbelstad 2' } });
    const rows = await api.dataSource.query(`SELECT name FROM municipality WHERE cbs_code = $1`, [
      input.cbsCode,
    ]);
    expect({ code: second.errors?.[0]?.extensions?.['code'], rows }).toEqual({
      code: 'CONFLICT',
      rows: [{ name: 'Dubbelstad' }],
    });
  });

  it('lists gemeenten to a visitor without a session, who may not create one', async () => {
    const name = `Openbaarstad ${await aFreeCbsCode(api.dataSource)}`;
    await admin.request(CREATE, {
      input: { name, cbsCode: await aFreeCbsCode(api.dataSource), inhabitants: 1 },
    });
    const listed = await graphqlRequest<Page>(api.server, LIST, { nameContains: name });
    const created = await graphqlRequest(api.server, CREATE, {
      input: { name: 'Stiekem', cbsCode: await aFreeCbsCode(api.dataSource), inhabitants: 1 },
    });
    expect({
      listed: listed.data?.municipalities.nodes.map((n) => n.name),
      created: created.errors?.[0]?.extensions?.['code'],
    }).toEqual({ listed: [name], created: 'UNAUTHENTICATED' });
  });

  it('records the creation in the audit trail', async () => {
    const created = await admin.request<{ createMunicipality: { id: string } }>(CREATE, {
      input: { name: 'Auditdorp', cbsCode: await aFreeCbsCode(api.dataSource), inhabitants: 10 },
    });
    const entries = await api.dataSource.query(
      `SELECT action, subject_type, actor_id FROM audit_entry WHERE subject_id = $1`,
      [created.data?.createMunicipality.id],
    );
    expect(entries).toEqual([
      { action: 'createMunicipality', subject_type: 'Municipality', actor_id: admin.personId },
    ]);
  });

  it('rejects a malformed cursor as bad input', async () => {
    const response = await graphqlRequest(api.server, LIST, { after: 'not-a-cursor' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown organisation id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const query = `query ($id: ID!) { organisation(id: $id) { name } }`;
    const missing = await graphqlRequest(api.server, query, { id: '00000000-0000-4000-8000-000000000000' });
    const malformed = await graphqlRequest(api.server, query, { id: 'abc' });
    expect([missing.errors?.[0]?.extensions?.['code'], malformed.errors?.[0]?.extensions?.['code']]).toEqual([
      'NOT_FOUND',
      'BAD_USER_INPUT',
    ]);
  });
});
