export { provideGraphQL, GRAPHQL_PATH } from './lib/apollo/provide-graphql';
export {
  OrganisationsStore,
  type Organisation,
  type Municipality,
} from './lib/organisations/organisations.store';
export { AccessStore, type SignedInPerson, type RuleSubject } from './lib/access/access.store';
export type { LegalForm, OrganisationKind, OrganisationsQuery } from './lib/generated/graphql';
