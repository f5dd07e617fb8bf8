import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import type { Actor, ActorMembership } from './actor';

/** Where an actor stands, derived from today's memberships: the sets the rules are written in. */
export interface Standing {
  personId: string | null;
  /** organisations the person has any membership in */
  organisationIds: string[];
  administeredOrganisationIds: string[];
  /** organisations where the person is (algemeen) directeur */
  directedOrganisationIds: string[];
  /** every body the person sits in, in any role */
  bodyIds: string[];
  /** of those, the directors' meetings: their members act for their own gemeente */
  gemeenteBoundBodyIds: string[];
  /** the other bodies the person sits in */
  unboundBodyIds: string[];
  secretaryBodyIds: string[];
  chairBodyIds: string[];
  /** boards whose decisions lead to tasks: AB, DB, commissions, a single bestuur, a regietafel */
  boardBodyIds: string[];
  /** organisations where the person sits in the DB (or the single bestuur) */
  executiveOrganisationIds: string[];
  /** organisations where the person sits in the directors' meeting */
  directorsMeetingOrganisationIds: string[];
  reviewedBodyIds: string[];
  staffPortfolioIds: string[];
  /** gemeenten the person acts for */
  municipalityIds: string[];
  /** gemeenten the person acts for in a directors' meeting (the gemeentesecretaris) */
  reviewerMunicipalityIds: string[];
  sharedSecrecyIds: string[];
  liftedSecrecyIds: string[];
  barredAgendaItemIds: string[];
  barredProposalIds: string[];
  barredDecisionIds: string[];
  administeredMunicipalityIds: string[];
}

const BOARD_KINDS = new Set<BodyKind>([
  BodyKind.GENERAL_BOARD,
  BodyKind.EXECUTIVE_BOARD,
  BodyKind.COMMITTEE,
  BodyKind.PORTFOLIO_MEETING,
  BodyKind.BOARD,
  BodyKind.TABLE,
  BodyKind.CORE_GROUP,
]);
const EXECUTIVE_KINDS = new Set<BodyKind>([BodyKind.EXECUTIVE_BOARD, BodyKind.BOARD]);

export function standingOf(actor: Actor): Standing {
  const m = actor.memberships;
  const isDirectorsMeeting = (x: ActorMembership) => x.bodyKind === BodyKind.DIRECTORS_MEETING;
  return {
    personId: actor.personId,
    organisationIds: distinct(m.map((x) => x.organisationId)),
    administeredOrganisationIds: organisations(m, (x) => x.role === MembershipRole.ADMINISTRATOR),
    directedOrganisationIds: organisations(m, (x) => x.role === MembershipRole.DIRECTOR),
    bodyIds: bodies(m, () => true),
    gemeenteBoundBodyIds: bodies(m, isDirectorsMeeting),
    unboundBodyIds: bodies(m, (x) => !isDirectorsMeeting(x)),
    secretaryBodyIds: bodies(m, (x) => x.role === MembershipRole.SECRETARY),
    chairBodyIds: bodies(m, (x) => x.role === MembershipRole.CHAIR),
    boardBodyIds: bodies(m, (x) => x.bodyKind !== null && BOARD_KINDS.has(x.bodyKind)),
    executiveOrganisationIds: organisations(m, (x) => x.bodyKind !== null && EXECUTIVE_KINDS.has(x.bodyKind)),
    directorsMeetingOrganisationIds: organisations(m, isDirectorsMeeting),
    reviewedBodyIds: distinct(actor.reviewedBodyIds),
    staffPortfolioIds: distinct(
      m.filter((x) => x.role === MembershipRole.STAFF && x.portfolioId).map((x) => x.portfolioId as string),
    ),
    municipalityIds: municipalities(m, () => true),
    reviewerMunicipalityIds: municipalities(m, isDirectorsMeeting),
    sharedSecrecyIds: distinct(actor.sharedSecrecyIds),
    liftedSecrecyIds: distinct(actor.liftedSecrecyIds),
    barredAgendaItemIds: distinct(actor.barredAgendaItemIds),
    barredProposalIds: distinct(actor.barredProposalIds),
    barredDecisionIds: distinct(actor.barredDecisionIds),
    administeredMunicipalityIds: distinct(actor.administeredMunicipalityIds),
  };
}

function organisations(m: ActorMembership[], keep: (x: ActorMembership) => boolean): string[] {
  return distinct(m.filter(keep).map((x) => x.organisationId));
}

function bodies(m: ActorMembership[], keep: (x: ActorMembership) => boolean): string[] {
  return distinct(m.filter((x) => x.bodyId !== null && keep(x)).map((x) => x.bodyId as string));
}

function municipalities(m: ActorMembership[], keep: (x: ActorMembership) => boolean): string[] {
  return distinct(
    m.filter((x) => x.municipalityId !== null && keep(x)).map((x) => x.municipalityId as string),
  );
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}
