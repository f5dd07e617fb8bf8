import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import { aMembership, anOrganisation, aPerson } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
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
  let admin: SignedInMember;

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation } = await anOrganisation().create(api.dataSource);
    admin = await aSignedInMember(api.dataSource, api.server, organisation.id, MembershipRole.ADMINISTRATOR);
  });
  afterAll(() => api.close());

  it('creates a person and records it in the audit trail', async () => {
    const email = anEmail();
    const created = await admin.request<{ createPerson: { id: string } }>(CREATE, {
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
    const response = await admin.request(CREATE, {
      input: { name: 'Iemand', email: 'geen-adres' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'email must be a valid e-mail address' }],
    });
  });

  it('refuses an e-mail address already in use in another case', async () => {
    const email = anEmail();
    await admin.request(CREATE, { input: { name: 'Eerste', email } });
    const second = await admin.request(CREATE, {
      input: { name: 'Tweede', email: email.toUpperCase() },
    });
    expect(code(second)).toBe('CONFLICT');
  });

  it('updates a person and refuses taking someone else’s e-mail address', async () => {
    const person = await aPerson('Oude naam').create(api.dataSource);
    const other = await aPerson().create(api.dataSource);
    const updated = await admin.request<{ updatePerson: unknown }>(UPDATE, {
      input: { id: person.id, name: 'Nieuwe naam', active: false },
    });
    const taken = await admin.request(UPDATE, {
      input: { id: person.id, email: other.email.toUpperCase() },
    });
    expect({ updated: updated.data?.updatePerson, taken: code(taken) }).toEqual({
      updated: { name: 'Nieuwe naam', email: person.email, active: false },
      taken: 'CONFLICT',
    });
  });

  it('answers an unknown person with NOT_FOUND', async () => {
    const query = `query ($id: ID!) { person(id: $id) { name } }`;
    expect(code(await admin.request(query, { id: MISSING }))).toBe('NOT_FOUND');
  });

  it('never exposes a password hash', async () => {
    const person = await aPerson().create(api.dataSource);
    const response = await admin.request(`query ($id: ID!) { person(id: $id) { passwordHash } }`, {
      id: person.id,
    });
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
    const first = await admin.request<Page>(LIST, { organisationId: organisation.id });
    const second = await admin.request<Page>(LIST, {
      organisationId: organisation.id,
      after: first.data?.persons.pageInfo.endCursor,
    });
    const byName = await admin.request<Page>(LIST, { nameContains: `DIRK ${tag}` });
    expect({
      first: first.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
      second: second.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
      total: first.data?.persons.totalCount,
      byName: byName.data?.persons.nodes.map((n) => n.name.split(' ')[0]),
    }).toEqual({ first: ['Anna', 'Bram'], second: ['Cees'], total: 3, byName: ['Dirk'] });
  });

  describe('who may', () => {
    const PERSON = `query ($id: ID!) { person(id: $id) { name email } }`;
    const aDirector = async () => {
      const { organisation } = await anOrganisation().create(api.dataSource);
      return aSignedInMember(api.dataSource, api.server, organisation.id, MembershipRole.DIRECTOR);
    };

    it('tells a visitor without a session to sign in before looking up a person', async () => {
      const person = await aPerson().create(api.dataSource);
      expect(code(await graphqlRequest(api.server, PERSON, { id: person.id }))).toBe('UNAUTHENTICATED');
    });

    it('shows a signed-in person another person’s name but not their e-mail address', async () => {
      const director = await aDirector();
      const person = await aPerson('Karin').create(api.dataSource);
      await aMembership(person.id, director.organisationId, MembershipRole.DIRECTOR).create(api.dataSource);
      const byId = await director.request<{ person: unknown }>(PERSON, { id: person.id });
      const nested = await director.request<{
        memberships: { nodes: { person: { id: string; email: string | null } }[] };
      }>(`query ($id: ID) { memberships(organisationId: $id) { nodes { person { id email } } } }`, {
        id: director.organisationId,
      });
      const emails = new Map(
        nested.data?.memberships.nodes.map((node) => [node.person.id, node.person.email]),
      );
      expect({
        byId: byId.data?.person,
        nested: [emails.get(person.id), emails.get(director.personId)],
      }).toEqual({
        byId: { name: 'Karin', email: null },
        nested: [null, expect.stringContaining('@')],
      });
    });

    it('shows an administrator every e-mail address', async () => {
      const person = await aPerson('Karin').create(api.dataSource);
      const response = await admin.request<{ person: unknown }>(PERSON, { id: person.id });
      expect(response.data?.person).toEqual({ name: 'Karin', email: person.email });
    });

    it('refuses a person who administers nothing to create or change people', async () => {
      const director = await aDirector();
      const person = await aPerson().create(api.dataSource);
      const created = await director.request(CREATE, { input: { name: 'Nieuw', email: anEmail() } });
      const updated = await director.request(UPDATE, { input: { id: person.id, active: false } });
      const own = await director.request(UPDATE, { input: { id: director.personId, name: 'Zelf' } });
      expect([code(created), code(updated), code(own)]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });

    it('records the administrator as the actor', async () => {
      const created = await admin.request<{ createPerson: { id: string } }>(CREATE, {
        input: { name: 'Nieuw', email: anEmail() },
      });
      const audit = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
        created.data?.createPerson.id,
      ]);
      expect(audit).toEqual([{ actor_id: admin.personId }]);
    });
  });
});
