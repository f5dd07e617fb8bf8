export { provideGraphQL, GRAPHQL_PATH } from './lib/apollo/provide-graphql';
export {
  OrganisationsStore,
  type Organisation,
  type Municipality,
} from './lib/organisations/organisations.store';
export {
  AccessStore,
  type SignedInPerson,
  type OwnMembership,
  type RuleSubject,
} from './lib/access/access.store';
export { Session, type LogInOutcome } from './lib/session/session';
export { SessionExpiry } from './lib/session/session-expiry';
export { signedInGuard } from './lib/session/signed-in.guard';
export { NotificationsStore, type AppNotification } from './lib/notifications/notifications.store';
export { UnreadNotifications } from './lib/notifications/unread-notifications';
export { errorCode, refusedFields } from './lib/errors/error-code';
export { MeDocument } from './lib/generated/graphql';
export type { LegalForm, OrganisationKind, OrganisationsQuery } from './lib/generated/graphql';
