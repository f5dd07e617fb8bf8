/**
 * The domain's closed vocabularies (domain.md glossary). Code names are English; the interface shows Dutch
 * labels from the client's catalogue. Values are stored as text with CHECK constraints.
 */

/** bestuursorgaan / overleg */
export enum BodyKind {
  GENERAL_BOARD = 'GENERAL_BOARD',
  EXECUTIVE_BOARD = 'EXECUTIVE_BOARD',
  COMMITTEE = 'COMMITTEE',
  DIRECTORS_MEETING = 'DIRECTORS_MEETING',
  PORTFOLIO_MEETING = 'PORTFOLIO_MEETING',
  MUNICIPAL_EXECUTIVE = 'MUNICIPAL_EXECUTIVE',
  COUNCIL = 'COUNCIL',
  BOARD = 'BOARD',
  TABLE = 'TABLE',
  CORE_GROUP = 'CORE_GROUP',
}

/**
 * What a membership makes a person. Body roles need a body; ADMINISTRATOR and DIRECTOR are functions in the
 * organisation itself; STAFF works in a portfolio (beleidsambtenaar).
 */
export enum MembershipRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
  AGENDA_MEMBER = 'AGENDA_MEMBER',
  SECRETARY = 'SECRETARY',
  ADVISOR = 'ADVISOR',
  OBSERVER = 'OBSERVER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  DIRECTOR = 'DIRECTOR',
  STAFF = 'STAFF',
}

export const BODY_ROLES: readonly MembershipRole[] = [
  MembershipRole.CHAIR,
  MembershipRole.VICE_CHAIR,
  MembershipRole.MEMBER,
  MembershipRole.AGENDA_MEMBER,
  MembershipRole.SECRETARY,
  MembershipRole.ADVISOR,
  MembershipRole.OBSERVER,
];

/** openbaar / vertrouwelijk / geheim */
export enum Confidentiality {
  PUBLIC = 'PUBLIC',
  CONFIDENTIAL = 'CONFIDENTIAL',
  SECRET = 'SECRET',
}

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  AGENDA_SENT = 'AGENDA_SENT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** ter besluitvorming / ter advisering / ter bespreking / ter informatie */
export enum AgendaItemPurpose {
  DECISION = 'DECISION',
  ADVICE = 'ADVICE',
  DISCUSSION = 'DISCUSSION',
  INFORMATION = 'INFORMATION',
}

/** hamerstuk / bespreekstuk */
export enum AgendaItemHandling {
  CONSENT = 'CONSENT',
  DEBATE = 'DEBATE',
}

export enum ProposalState {
  CONCEPT = 'CONCEPT',
  IN_COMMITTEE = 'IN_COMMITTEE',
  ADVISED = 'ADVISED',
  REVIEWED_BY_DIRECTORS = 'REVIEWED_BY_DIRECTORS',
  ON_AGENDA = 'ON_AGENDA',
  DECIDED = 'DECIDED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

/** positief / positief met wijzigingen / negatief / geen advies */
export enum AdviceOutcome {
  POSITIVE = 'POSITIVE',
  POSITIVE_WITH_CHANGES = 'POSITIVE_WITH_CHANGES',
  NEGATIVE = 'NEGATIVE',
  NO_ADVICE = 'NO_ADVICE',
}

export enum AdviceStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}

/** own gemeente only, or shared with the directors' meeting */
export enum ReviewVisibility {
  OWN_MUNICIPALITY = 'OWN_MUNICIPALITY',
  SHARED = 'SHARED',
}

/** aangenomen, gewijzigd aangenomen, aangehouden, verworpen, teruggetrokken */
export enum DecisionOutcome {
  ADOPTED = 'ADOPTED',
  ADOPTED_AMENDED = 'ADOPTED_AMENDED',
  DEFERRED = 'DEFERRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

export enum DecisionListStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
  PUBLISHED = 'PUBLISHED',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum TaskOrigin {
  DECISION = 'DECISION',
  AGENDA_PUBLICATION = 'AGENDA_PUBLICATION',
  MUNICIPAL_REQUEST = 'MUNICIPAL_REQUEST',
  JOINT_ASSIGNMENT = 'JOINT_ASSIGNMENT',
  COUNCIL_VIEW = 'COUNCIL_VIEW',
}

/** kadernota, ontwerpbegroting, begrotingswijziging, jaarstukken, wijziging van de regeling */
export enum CouncilViewSubject {
  FRAMEWORK_MEMO = 'FRAMEWORK_MEMO',
  DRAFT_BUDGET = 'DRAFT_BUDGET',
  BUDGET_AMENDMENT = 'BUDGET_AMENDMENT',
  ANNUAL_ACCOUNTS = 'ANNUAL_ACCOUNTS',
  ARRANGEMENT_CHANGE = 'ARRANGEMENT_CHANGE',
}

export enum CouncilViewProcedureStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum CouncilViewStatus {
  AWAITED = 'AWAITED',
  SUBMITTED = 'SUBMITTED',
  NO_VIEW = 'NO_VIEW',
}

export enum CostAllocationMethod {
  INHABITANTS = 'INHABITANTS',
  EQUAL = 'EQUAL',
  FIXED_PERCENTAGES = 'FIXED_PERCENTAGES',
  USAGE = 'USAGE',
}

/** huisvesting vergunninghouders, opvangplekken (Spreidingswet), woningbouw */
export enum QuotaKind {
  HOUSING_STATUS_HOLDERS = 'HOUSING_STATUS_HOLDERS',
  RECEPTION_PLACES = 'RECEPTION_PLACES',
  HOUSING_CONSTRUCTION = 'HOUSING_CONSTRUCTION',
}

export enum PublicationKind {
  AGENDA = 'AGENDA',
  DECISION_LIST = 'DECISION_LIST',
  DECISION = 'DECISION',
}

/** Archiefwet: a final record is kept permanently or destroyed after its term. */
export enum RetentionClass {
  KEEP = 'KEEP',
  DESTROY = 'DESTROY',
}

/** Content types accepted for documents (bijlagen). */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'text/plain',
  'text/markdown',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
] as const;

/** Largest document stored in PostgreSQL: 20 MiB. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
