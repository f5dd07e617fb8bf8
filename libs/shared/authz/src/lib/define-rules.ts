import { createMongoAbility, detectSubjectType } from '@casl/ability';
import {
  AdviceStatus,
  Confidentiality,
  MeetingStatus,
  ProposalState,
  ReviewVisibility,
} from '@bestuurskracht/shared/domain';
import { ANONYMOUS, type Actor } from './actor';
import {
  among,
  confidentialOnly,
  namedOnSecret,
  RuleBuilder,
  uptoConfidential,
  withinScope,
  type Conditions,
} from './rule-builder';
import { standingOf, type Standing } from './standing';
import type { AppAbility, AppRule } from './vocabulary';

/**
 * The rules for an actor, as plain data: the table "Who sees what" of domain.md. Conditions name the properties of
 * the rows they protect (the API's entities and the client's GraphQL objects share these names); the API derives
 * its SQL visibility predicates from these same rules.
 */
export function defineRulesFor(actor: Actor = ANONYMOUS): AppRule[] {
  const s = standingOf(actor);
  const r = new RuleBuilder();
  publicRecord(r);
  if (s.personId === null) return r.rules;
  structure(r, s);
  people(r, s);
  meetings(r, s);
  proposals(r, s);
  advice(r, s);
  reviews(r, s);
  decisions(r, s);
  tasks(r, s);
  documents(r, s);
  integrity(r, s);
  followUp(r, s);
  audit(r, s);
  return r.rules;
}

export function createAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, {
    // a GraphQL object names its type in __typename; the API marks rows with CASL's subject() helper
    detectSubjectType: (subject) =>
      (typeof subject === 'string' ? subject : (subject.__typename ?? detectSubjectType(subject))) as never,
  });
}

/** What anyone may read, also without an account: the structure and what has been published under the Woo. */
function publicRecord(r: RuleBuilder): void {
  r.can('read', 'Organisation').can('read', 'Municipality').can('read', 'Participation');
  r.can('read', 'Publication');
  r.can('read', 'Meeting', { confidentiality: Confidentiality.PUBLIC, agendaPublishedAt: { $ne: null } });
  r.can('read', 'AgendaItem', {
    confidentiality: Confidentiality.PUBLIC,
    municipalityScope: { $size: 0 },
    onPublishedAgenda: true,
  });
  r.can('read', 'Decision', {
    confidentiality: Confidentiality.PUBLIC,
    publishedAt: { $ne: null },
    municipalityScope: { $size: 0 },
  });
  r.can('read', 'DecisionList', { publishedAt: { $ne: null } });
}

/** Bodies, portfolios, service areas and cost keys: members read, the functioneel beheerder (and director) change. */
function structure(r: RuleBuilder, s: Standing): void {
  const members = { organisationId: among(s.organisationIds) };
  const administered = { organisationId: among(s.administeredOrganisationIds) };
  const directed = { organisationId: among(s.directedOrganisationIds) };
  if (s.administeredOrganisationIds.length > 0) r.can('create', 'Organisation').can('create', 'Municipality');
  r.can('update', 'Organisation', { id: among(s.administeredOrganisationIds) });
  r.can('update', 'Municipality', { id: among(s.administeredMunicipalityIds) });
  r.can(['create', 'update', 'delete'], 'Participation', administered);
  for (const subject of ['Body', 'Portfolio', 'ServiceArea', 'Membership'] as const) {
    r.can('read', subject, members).can(['create', 'update', 'delete'], subject, administered);
  }
  for (const subject of ['ServiceAssignment', 'CostAllocationKey'] as const) {
    r.can('read', subject, members).can(['create', 'update', 'delete'], subject, administered, directed);
  }
}

/** Names are known to every signed-in person; e-mail addresses only to the person and to administrators. */
function people(r: RuleBuilder, s: Standing): void {
  r.canFields('read', 'Person', ['id', 'name', 'active']);
  r.can('read', 'Person', { id: s.personId });
  if (s.administeredOrganisationIds.length > 0) r.can(['read', 'create', 'update'], 'Person');
}

/**
 * Meetings and agenda items: openbaar ones for the organisation, vertrouwelijk ones for the body's members and
 * secretary, the director, and the gemeentesecretarissen for DB and directors' agendas; an item limited to some
 * gemeenten only for people acting for them, plus the director and the body's own members.
 */
function meetings(r: RuleBuilder, s: Standing): void {
  const members = { organisationId: among(s.organisationIds) };
  r.can('read', 'Meeting', { ...members, confidentiality: Confidentiality.PUBLIC });
  r.can(
    'read',
    'Meeting',
    ...insiders(s, 'bodyId'),
    ...confidentialOnly(s, { bodyId: among(s.reviewedBodyIds) }),
  );
  r.can('read', 'Meeting', namedOnSecret(s));

  r.can('read', 'AgendaItem', ...withinScope(s, [{ ...members, confidentiality: Confidentiality.PUBLIC }]));
  r.can('read', 'AgendaItem', ...scopedInsiders(s, 'bodyId'));
  r.can('read', 'AgendaItem', ...withinScope(s, confidentialOnly(s, { bodyId: among(s.reviewedBodyIds) })));
  r.can('read', 'AgendaItem', namedOnSecret(s));

  const organisers: Conditions[] = [
    { bodyId: among(s.secretaryBodyIds) },
    { organisationId: among(s.directedOrganisationIds) },
  ];
  const open = { status: { $nin: [MeetingStatus.CLOSED, MeetingStatus.CANCELLED] } };
  r.can('create', 'Meeting', ...organisers);
  r.can(['update', 'delete'], 'Meeting', ...organisers.map((c) => ({ ...c, ...open })));
  r.can(['create', 'update', 'delete'], 'AgendaItem', ...organisers);
}

/** The audience of a body's papers up to vertrouwelijk: its members (by `field`) and the director. */
function insiders(s: Standing, field: 'bodyId' | 'agendaBodyIds'): Conditions[] {
  return [
    ...uptoConfidential(s, { [field]: among(s.bodyIds) }),
    ...uptoConfidential(s, { organisationId: among(s.directedOrganisationIds) }),
  ];
}

/**
 * As `insiders`, for rows that may be limited to some gemeenten: a directors' meeting's members act each for their
 * own gemeente, so there a gemeente-limited row reaches only the gemeenten it is limited to (Bergeijk's
 * gemeentesecretaris does not see a VTH item limited to the four VTH gemeenten on the zes-directeuren agenda).
 */
function scopedInsiders(s: Standing, field: 'bodyId' | 'agendaBodyIds'): Conditions[] {
  return [
    ...uptoConfidential(s, { [field]: among(s.unboundBodyIds) }),
    ...withinScope(s, uptoConfidential(s, { [field]: among(s.gemeenteBoundBodyIds) })),
    ...uptoConfidential(s, { organisationId: among(s.directedOrganisationIds) }),
  ];
}

/**
 * A concept is seen by its author, the staff of its portfolio and the director; once submitted, by whoever may
 * read an agenda item that carries it. Nobody edits a submitted proposal: a new version is made.
 */
function proposals(r: RuleBuilder, s: Standing): void {
  const submitted = { state: { $ne: ProposalState.CONCEPT } };
  const members = { organisationId: among(s.organisationIds) };
  r.can('read', 'Proposal', { authorId: s.personId });
  r.can('read', 'Proposal', ...uptoConfidential(s, { portfolioId: among(s.staffPortfolioIds) }));
  r.can('read', 'Proposal', ...uptoConfidential(s, { organisationId: among(s.directedOrganisationIds) }));
  r.can(
    'read',
    'Proposal',
    ...withinScope(s, [{ ...submitted, ...members, confidentiality: Confidentiality.PUBLIC }]),
  );
  r.can('read', 'Proposal', ...scopedInsiders(s, 'agendaBodyIds').map((c) => ({ ...c, ...submitted })));
  r.can(
    'read',
    'Proposal',
    ...withinScope(s, confidentialOnly(s, { ...submitted, agendaBodyIds: among(s.reviewedBodyIds) })),
  );
  r.can('read', 'Proposal', namedOnSecret(s));

  const concept = { state: ProposalState.CONCEPT };
  r.can(
    'create',
    'Proposal',
    { portfolioId: among(s.staffPortfolioIds) },
    { organisationId: among(s.directedOrganisationIds) },
  );
  r.can(
    'update',
    'Proposal',
    { ...concept, authorId: s.personId },
    { ...concept, portfolioId: among(s.staffPortfolioIds) },
  );
  r.can('delete', 'Proposal', { ...concept, authorId: s.personId });
}

/** A committee's advice: its members draft, the chair adopts; DB members, gemeentesecretarissen and director read. */
function advice(r: RuleBuilder, s: Standing): void {
  const adopted = { status: AdviceStatus.ADOPTED };
  r.can('read', 'Advice', { bodyId: among(s.bodyIds) }, { organisationId: among(s.directedOrganisationIds) });
  r.can(
    'read',
    'Advice',
    { ...adopted, organisationId: among(s.executiveOrganisationIds) },
    { ...adopted, organisationId: among(s.directorsMeetingOrganisationIds) },
  );
  const draft = { status: AdviceStatus.DRAFT };
  r.can(['create', 'update'], 'Advice', { ...draft, bodyId: among(s.bodyIds) });
  r.can('adopt', 'Advice', { ...draft, bodyId: among(s.chairBodyIds) });
}

/**
 * A gemeentesecretaris' review: for their own gemeente only (not the director, not other gemeenten), or shared
 * with the directors' meeting. Only its author changes it.
 */
function reviews(r: RuleBuilder, s: Standing): void {
  const own = { visibility: ReviewVisibility.OWN_MUNICIPALITY };
  const shared = { visibility: ReviewVisibility.SHARED };
  r.can('read', 'Review', { ...own, municipalityId: among(s.municipalityIds) });
  r.can(
    'read',
    'Review',
    { ...shared, organisationId: among(s.directorsMeetingOrganisationIds) },
    { ...shared, organisationId: among(s.directedOrganisationIds) },
  );
  r.can('read', 'Review', { authorId: s.personId });
  r.can('create', 'Review', {
    municipalityId: among(s.reviewerMunicipalityIds),
    organisationId: among(s.directorsMeetingOrganisationIds),
  });
  r.can(['update', 'delete'], 'Review', { authorId: s.personId });
}

/** Decisions: the body's members; the organisation once published; the secretary or director records them. */
function decisions(r: RuleBuilder, s: Standing): void {
  const published = { publishedAt: { $ne: null } };
  const members = { organisationId: among(s.organisationIds) };
  r.can('read', 'Decision', ...insiders(s, 'bodyId'));
  r.can('read', 'Decision', ...withinScope(s, uptoConfidential(s, { bodyId: among(s.reviewedBodyIds) })));
  r.can(
    'read',
    'Decision',
    ...withinScope(s, [{ ...members, ...published, confidentiality: Confidentiality.PUBLIC }]),
  );
  r.can('read', 'Decision', namedOnSecret(s));
  r.can(
    'read',
    'DecisionList',
    { bodyId: among(s.bodyIds) },
    { organisationId: among(s.directedOrganisationIds) },
  );
  r.can('read', 'DecisionList', { ...members, ...published });

  const recorders: Conditions[] = [
    { bodyId: among(s.secretaryBodyIds) },
    { organisationId: among(s.directedOrganisationIds) },
  ];
  r.can(['create', 'update'], 'Decision', ...recorders);
  r.can(['create', 'update'], 'DecisionList', ...recorders);
}

/**
 * A task for gemeente G: people acting for G, the director, the assignee, and the members of the board whose
 * decision it follows from (so they see who has done what). A joint assignment to the organisation is seen by the
 * gemeenten that asked for it.
 */
function tasks(r: RuleBuilder, s: Standing): void {
  const forGemeente = { municipalityId: among(s.municipalityIds) };
  const directed = { organisationId: among(s.directedOrganisationIds) };
  r.can(
    'read',
    'Task',
    forGemeente,
    directed,
    { bodyId: among(s.boardBodyIds) },
    { forOrganisation: true, requestedByMunicipalityIds: among(s.municipalityIds) },
    { assigneeId: s.personId },
  );
  r.can('create', 'Task', directed, forGemeente);
  r.can('update', 'Task', directed, forGemeente, { assigneeId: s.personId });
  r.can('delete', 'Task', directed);
}

/**
 * A document is read as its parent (the API checks the parent), narrowed by its own confidentiality; a declared
 * conflict of interest bars the person from the papers of that item or proposal.
 */
function documents(r: RuleBuilder, s: Standing): void {
  r.can('read', 'Document', { confidentiality: Confidentiality.PUBLIC });
  r.can(
    'read',
    'Document',
    ...confidentialOnly(s, { bodyId: among(s.bodyIds) }),
    ...confidentialOnly(s, { organisationId: among(s.directedOrganisationIds) }),
    ...confidentialOnly(s, { bodyId: among(s.reviewedBodyIds) }),
    ...confidentialOnly(s, { bodyId: null }),
  );
  r.can('read', 'Document', namedOnSecret(s));
  r.cannot('read', 'Document', { agendaItemId: among(s.barredAgendaItemIds) });
  r.cannot('read', 'Document', { proposalId: among(s.barredProposalIds) });
  r.cannot('read', 'Document', { decisionId: among(s.barredDecisionIds) });
  r.can(['create', 'delete'], 'Document', { organisationId: among(s.organisationIds) });
}

/** Conflicts of interest are declared by the person; geheimhouding is known to those it names. */
function integrity(r: RuleBuilder, s: Standing): void {
  r.can(['read', 'create', 'delete'], 'ConflictOfInterest', { personId: s.personId });
  r.can('read', 'ConflictOfInterest', { organisationId: among(s.directedOrganisationIds) });
  r.can('read', 'Secrecy', { id: among([...s.sharedSecrecyIds, ...s.liftedSecrecyIds]) });
  r.can('read', 'Secrecy', { imposedByBodyId: among(s.bodyIds) });
  const imposers: Conditions[] = [
    { imposedByBodyId: among([...s.chairBodyIds, ...s.secretaryBodyIds]) },
    { organisationId: among(s.directedOrganisationIds) },
  ];
  r.can(['create', 'update'], 'Secrecy', ...imposers);
}

/** Zienswijzen, quota and publications: the organisation follows them; gemeenten record their own part. */
function followUp(r: RuleBuilder, s: Standing): void {
  const members = { organisationId: among(s.organisationIds) };
  const directed = { organisationId: among(s.directedOrganisationIds) };
  r.can('read', 'CouncilViewProcedure', members);
  r.can(['create', 'update'], 'CouncilViewProcedure', directed, { bodyId: among(s.secretaryBodyIds) });
  // a raad's view is read as its procedure (the API checks the procedure)
  r.can('read', 'CouncilView');
  r.can('update', 'CouncilView', { municipalityId: among(s.municipalityIds) });
  r.can('read', 'Quota', members);
  r.can(['create', 'update', 'delete'], 'Quota', directed, {
    organisationId: among(s.administeredOrganisationIds),
  });
  r.can('update', 'Quota', { municipalityId: among(s.municipalityIds) });
  r.can('create', 'Publication', directed);
}

/**
 * The audit trail: administrators and the director read their organisation's, everyone their own actions. The API
 * shows a record's trail only to those who may read the record itself (an entry names what changed), apart from
 * their own actions.
 */
function audit(r: RuleBuilder, s: Standing): void {
  r.can(
    'read',
    'AuditEntry',
    { organisationId: among(s.administeredOrganisationIds) },
    { organisationId: among(s.directedOrganisationIds) },
    { actorId: s.personId },
  );
}
