import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { OrganisationsDocument, type OrganisationsQuery } from '../generated/graphql';
import { OrganisationsStore } from './organisations.store';

const kempengemeenten = {
  __typename: 'Organisation',
  id: 'org-kempen',
  name: 'Kempengemeenten',
  kind: 'SHARED_SERVICE_MERGER',
  legalForm: 'PUBLIC_BODY',
  municipalities: [
    { __typename: 'Municipality', id: 'gm-1724', name: 'Bergeijk', cbsCode: 'GM1724', inhabitants: 18965 },
    { __typename: 'Municipality', id: 'gm-1728', name: 'Bladel', cbsCode: 'GM1728', inhabitants: 21087 },
  ],
} as const;

/** Apollo hands results to watchers asynchronously; let the queued callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OrganisationsStore', () => {
  let controller: ApolloTestingController;
  let store: OrganisationsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [OrganisationsStore],
    });
    controller = TestBed.inject(ApolloTestingController);
    store = TestBed.inject(OrganisationsStore);
  });

  afterEach(() => controller.verify());

  it('is loading until the server answers', async () => {
    await settle();

    expect(store.loading()).toBe(true);
    expect(store.organisations()).toEqual([]);
    expect(store.error()).toBeUndefined();
    controller.expectOne(OrganisationsDocument);
  });

  it('shows the organisations with their gemeenten from the response', async () => {
    await settle();
    controller
      .expectOne(OrganisationsDocument)
      .flushData({ organisations: [kempengemeenten] } as unknown as OrganisationsQuery);
    await settle();

    expect(store.loading()).toBe(false);
    expect(store.error()).toBeUndefined();
    expect(store.organisations()).toHaveLength(1);
    const [organisation] = store.organisations();
    expect(organisation).toMatchObject({
      name: 'Kempengemeenten',
      kind: 'SHARED_SERVICE_MERGER',
      legalForm: 'PUBLIC_BODY',
    });
    expect(organisation.municipalities.map((m) => [m.name, m.cbsCode, m.inhabitants])).toEqual([
      ['Bergeijk', 'GM1724', 18965],
      ['Bladel', 'GM1728', 21087],
    ]);
  });

  it('reports a network failure as an error and no organisations', async () => {
    await settle();
    controller.expectOne(OrganisationsDocument).networkError(new Error('Verbinding verbroken'));
    await settle();

    expect(store.loading()).toBe(false);
    expect(store.error()?.message).toContain('Verbinding verbroken');
    expect(store.organisations()).toEqual([]);
  });

  it('reports GraphQL errors as an error', async () => {
    await settle();
    controller.expectOne(OrganisationsDocument).graphqlErrors([{ message: 'Interne fout' }]);
    await settle();

    expect(store.error()?.message).toContain('Interne fout');
    expect(store.organisations()).toEqual([]);
  });

  it('recovers when reloading after an error succeeds', async () => {
    await settle();
    controller.expectOne(OrganisationsDocument).networkError(new Error('Verbinding verbroken'));
    await settle();

    store.reload();
    await settle();
    expect(store.loading()).toBe(true);
    controller
      .expectOne(OrganisationsDocument)
      .flushData({ organisations: [kempengemeenten] } as unknown as OrganisationsQuery);
    await settle();

    expect(store.error()).toBeUndefined();
    expect(store.loading()).toBe(false);
    expect(store.organisations().map((o) => o.name)).toEqual(['Kempengemeenten']);
  });
});
