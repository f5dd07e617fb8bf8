import type { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';

/** One membership that holds today (a membership outside its dates gives nothing, so it is not here). */
export interface ActorMembership {
  organisationId: string;
  role: MembershipRole;
  bodyId: string | null;
  bodyKind: BodyKind | null;
  portfolioId: string | null;
  /** the gemeente on whose behalf the person acts in this membership */
  municipalityId: string | null;
}

/**
 * What the rules need to know about the person behind a request, as plain data. The API builds it once per request
 * from the database; the rules and the SQL visibility predicates are both derived from it.
 */
export interface Actor {
  /** null for a visitor without an account (the public) */
  personId: string | null;
  memberships: ActorMembership[];
  /**
   * The executive boards (DB, or the single bestuur) and directors' meetings of every organisation whose directors'
   * meeting the person sits in: the gemeentesecretarissen read those agendas, also the confidential items.
   */
  reviewedBodyIds: string[];
  /** geheimhouding the person is named on, directly or through a body they sit in */
  sharedSecrecyIds: string[];
  /** geheimhouding lifted by today in the person's organisations: what it covered is now confidential */
  liftedSecrecyIds: string[];
  /** agenda items and proposals whose papers the person may not see because of a declared conflict of interest */
  barredAgendaItemIds: string[];
  barredProposalIds: string[];
  /** decisions taken on an agenda item the person is barred from: their papers are barred too */
  barredDecisionIds: string[];
  /** gemeenten that take part today in an organisation the person is functioneel beheerder of */
  administeredMunicipalityIds: string[];
}

export const ANONYMOUS: Actor = {
  personId: null,
  memberships: [],
  reviewedBodyIds: [],
  sharedSecrecyIds: [],
  liftedSecrecyIds: [],
  barredAgendaItemIds: [],
  barredProposalIds: [],
  barredDecisionIds: [],
  administeredMunicipalityIds: [],
};
