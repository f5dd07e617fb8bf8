import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import { aMembership, anOrganisation, aPerson } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id name email active } }`;
const UPDATE = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { name email active } }`;
const LIST = `query ($organisationId: ID, $nameContains: String, $after: String) {
  persons(organisationId: $organisationId, nameContains: $nameContains, first: 2, after: $after) {
    nodes { name } pageInfo { endCursor hasNextPage } totalCount } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Page = {
  persons: {
    nodes: { name: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];
const anEmail = () => `${randomUUID().slice(0, 8)}@kempengemeenten.example`;

describe('persons', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('creates a person and records it in the audit trail', async () => {
    const email = anEmail();
    const created = await graphqlRequest<{ createPerson: { id: string } }>(api.server, CREATE, {
      input: { name: 'Functioneel beheerder', email },
    });
    const audit = await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1`, [
      created.data?.createPerson.id,
    ]);
    expect({ person: created.data?.createPerson, audit }).toEqual({
      person: { id: expect.any(String), name: 'Functioneel beheerder', email, active: true },
      audit: [{ action: 'createPerson' }],
    });
  });

  it('refuses an invalid e-mail address', async () => {
    const response = await graphqlRequest(api.server, CREATE, {
      input: { name: 'Iemand', email: 'geen-adres' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'email must be a valid e-mail address' }],
    });
  });

  it('refuses an e-mail address already in use in another case', async () => {
    const email = anEmail();
    await graphqlRequest(api.server, CREATE, { input: { name: 'Eerste', email } });
    const second = await graphqlRequest(api.server, CREATE, {
      input: { name: 'Tweede', email: email.toUpperCase() },
    });
    expect(code(second)).toBe('CONFLICT');
  });

  it('updates a person and refuses taking someone else’s e-mail address', async () => {
    const person = await aPerson('Oude naam').create(api.dataSource);
    const other = await aPerson().create(api.dataSource);
    const updated = await graphqlRequest<{ updatePerson: unknown }>(api.server, UPDATE, {
      input: { id: person.id, name: 'Nieuwe naam', active: false },
    });
    const taken = await graphqlRequest(api.server, UPDATE, {
      input: { id: person.id, email: other.email.toUpperCase() },
    });
    expect({ updated: updated.data?.updatePerson, taken: code(taken) }).toEqual({
      updated: { name: 'Nieuwe naam', email: person.email, active: false },
      taken: 'CONFLICT',
    });
  });

  it('answers an unknown person with NOT_FOUND', async () => {
    const query = `query ($id: ID!) { person(id: $id) { name } }`;
    expect(code(await graphqlRequest(api.server, query, { id: MISSING }))).toBe('NOT_FOUND');
  });

  it('never exposes a password hash', async () => {
    const person = await aPerson().create(api.dataSource);
    const response = await graphqlRequest(
      api.server,
      `query ($id: ID!) { person(id: $id) { passwordHash } }`,
      { id: person.id },
    );
    expect(code(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('pages through the people of an organisation by name', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    const tag = randomUUID().slice(0, 6);
    for (const name of ['Cees', 'Anna', 'Bram']) {
      const person = await aPerson(`${name} ${tag}`).create(api.dataSource);
      await aMembership(person.id, organisation.id, MembershipRole.ADMINISTRATOR).create(api.dataSource);
    }
    await aPerson(`Dirk ${tag}`).create(api.dataSource);
    const first = await graphqlRequest<Page>(api.server, LIST, { organisationId: organisation.id });
    const second = await graphqlRequest<Page>(api.server, LIST, {
      organisationId: organisation.id,
      after: first.data?.persons.pageInfo.endCursor,
    });
    const byName = await graphqlRequest<Page>(api.server, LIST, { nameContains: `DIRK ${tag}` });
    expect({
      first: first.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
      second: second.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
      total: first.data?.persons.totalCount,
      byName: byName.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
    }).toEqual({ first: ['Anna', 'Bram'], second: ['Cees'], total: 3, byName: ['Dirk'] });
  });
});
