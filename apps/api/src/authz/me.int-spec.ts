import { abilityFromPackedRules } from '@bestuurskracht/shared/authz';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { anOrganisation, aPerson, aMembership } from '../test/builders/structure.builders';
import { signInAs } from '../test/sign-in';
import { startTestApp, type TestApp } from '../test/test-app';

const ME = `{ me { person { id name } rules } }`;

describe('me', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('tells a visitor without a session that nobody is signed in, with the public rules', async () => {
    const response = await graphqlRequest<{ me: { person: null; rules: string } }>(api.server, ME);
    const ability = abilityFromPackedRules(response.data?.me.rules ?? '');
    expect(response.data?.me.person).toBeNull();
    expect([ability.can('read', 'Organisation'), ability.can('read', 'Body')]).toEqual([true, false]);
  });

  it('gives a signed-in person their own rules: an administrator may change their organisation', async () => {
    const { organisation } = await anOrganisation().create(api.dataSource);
    const person = await aPerson().create(api.dataSource);
    await aMembership(person.id, organisation.id, MembershipRole.ADMINISTRATOR).create(api.dataSource);
    const cookie = await signInAs(api.dataSource, person.id);

    const response = await graphqlRequest<{ me: { person: { id: string }; rules: string } }>(
      api.server,
      ME,
      {},
      {
        cookie,
      },
    );
    const ability = abilityFromPackedRules(response.data?.me.rules ?? '');
    expect(response.data?.me.person.id).toBe(person.id);
    expect(ability.can('update', { __typename: 'Organisation', id: organisation.id } as never)).toBe(true);
  });
});
