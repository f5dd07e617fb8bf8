import { TestBed } from '@angular/core/testing';
import { ANONYMOUS, defineRulesFor, packRulesToJson, type Actor } from '@bestuurskracht/shared/authz';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { MeDocument, type MeQuery } from '../generated/graphql';
import { AccessStore } from './access.store';

const administrator: Actor = {
  ...ANONYMOUS,
  personId: 'person-ans',
  memberships: [
    {
      organisationId: 'org-kempen',
      role: MembershipRole.ADMINISTRATOR,
      bodyId: null,
      bodyKind: null,
      portfolioId: null,
      municipalityId: null,
    },
  ],
};

const answer = (actor: Actor): MeQuery => ({
  me: {
    person: actor.personId
      ? {
          id: actor.personId,
          name: 'Ans Beheer',
          email: 'beheerder@kempengemeenten.example',
          memberships: [],
        }
      : null,
    rules: packRulesToJson(defineRulesFor(actor)),
  },
});

const kempen = { __typename: 'Organisation', id: 'org-kempen' };
const noaberkracht = { __typename: 'Organisation', id: 'org-noaberkracht' };

/** Apollo hands results to watchers asynchronously; let the queued callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AccessStore', () => {
  let controller: ApolloTestingController;
  let store: AccessStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    controller = TestBed.inject(ApolloTestingController);
    store = TestBed.inject(AccessStore);
  });

  afterEach(() => controller.verify());

  it('allows nothing while the server has not answered', async () => {
    await settle();

    expect([store.loading(), store.person(), store.can('read', 'Organisation')]).toEqual([true, null, false]);
    controller.expectOne(MeDocument);
  });

  it("follows the signed-in person's rules, record by record", async () => {
    await settle();
    controller.expectOne(MeDocument).flushData(answer(administrator));
    await settle();

    expect(store.person()?.name).toBe('Ans Beheer');
    expect([
      store.can('update', kempen),
      store.can('update', noaberkracht),
      store.can('delete', 'Organisation'),
    ]).toEqual([true, false, false]);
  });

  it('gives a visitor the public rules only', async () => {
    await settle();
    controller.expectOne(MeDocument).flushData(answer(ANONYMOUS));
    await settle();

    expect([store.person(), store.can('read', 'Organisation'), store.can('update', kempen)]).toEqual([
      null,
      true,
      false,
    ]);
  });

  it('allows nothing when asking fails, and follows the new answer after a refresh', async () => {
    await settle();
    controller.expectOne(MeDocument).networkError(new Error('Verbinding verbroken'));
    await settle();
    expect(store.can('read', 'Organisation')).toBe(false);

    store.refresh();
    await settle();
    controller.expectOne(MeDocument).flushData(answer(administrator));
    await settle();

    expect(store.can('update', kempen)).toBe(true);
  });
});
