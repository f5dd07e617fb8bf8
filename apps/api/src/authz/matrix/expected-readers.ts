import type { MatrixSubject, Persona, State } from './authz-fixture';

/**
 * Who may read each fixture row, written down from domain.md's table "Who sees what" for the fixture's people
 * (not computed from the rules: this is the independent oracle the matrix checks the API against).
 */
const ORGANISATION: Persona[] = [
  'director',
  'administrator',
  'staffVth',
  'secretaryA',
  'secretaryB',
  'dbChairA',
  'committeeMemberC',
];
const EVERYONE: Persona[] = [...ORGANISATION, 'formerMemberB', 'outsiderD', 'visitor'];
/** the DB's members and the directors' meeting, which reviews the DB agenda */
const DB_AND_REVIEWERS: Persona[] = ['director', 'dbChairA', 'secretaryA', 'secretaryB'];
/** geheim S1: named (the committee member) and the imposing DB's members */
const NAMED_ON_SECRET: Persona[] = ['committeeMemberC', 'director', 'dbChairA'];

export const EXPECTED_READERS: Record<MatrixSubject, Partial<Record<State, Persona[]>>> = {
  Meeting: {
    concept: ORGANISATION,
    confidential: DB_AND_REVIEWERS,
    geheim: NAMED_ON_SECRET,
    'geheim lifted': DB_AND_REVIEWERS,
    published: EVERYONE,
  },
  AgendaItem: {
    concept: ORGANISATION,
    confidential: ['committeeMemberC', 'director'],
    'gemeente-limited': ['secretaryA', 'dbChairA', 'committeeMemberC', 'director'],
    geheim: NAMED_ON_SECRET,
    'geheim lifted': ['committeeMemberC', 'director', 'dbChairA'],
    published: EVERYONE,
  },
  Proposal: {
    concept: ['staffVth', 'director'],
    confidential: ['staffVth', 'director', 'committeeMemberC'],
    'gemeente-limited': ['secretaryB', 'staffVth', 'director', 'committeeMemberC'],
    geheim: ['staffVth', ...NAMED_ON_SECRET],
    'geheim lifted': ['staffVth', 'director', 'committeeMemberC', 'dbChairA'],
    published: ORGANISATION,
  },
  Decision: {
    concept: DB_AND_REVIEWERS,
    confidential: DB_AND_REVIEWERS,
    'gemeente-limited': ['dbChairA', 'director', 'secretaryA'],
    geheim: NAMED_ON_SECRET,
    'geheim lifted': DB_AND_REVIEWERS,
    published: EVERYONE,
  },
  Review: {
    'gemeente-limited': ['secretaryA', 'dbChairA'],
    published: ['secretaryA', 'secretaryB', 'director'],
    confidential: ['secretaryB'],
    geheim: ['dbChairA'],
    'geheim lifted': ['secretaryB'],
  },
  Task: {
    'gemeente-limited': ['secretaryA', 'dbChairA', 'director'],
    published: ['secretaryB', 'director', 'dbChairA'],
    confidential: ['committeeMemberC', 'director'],
    concept: ['secretaryA', 'secretaryB', 'dbChairA', 'director'],
  },
  Document: {
    published: ORGANISATION,
    confidential: ['committeeMemberC', 'director'],
    'gemeente-limited': ['secretaryA', 'dbChairA', 'committeeMemberC', 'director'],
    geheim: NAMED_ON_SECRET,
    'geheim lifted': ['committeeMemberC', 'director', 'dbChairA'],
    concept: ['staffVth', 'director'],
    'conflict of interest': ORGANISATION.filter((p) => p !== 'committeeMemberC'),
  },
  Advice: {
    concept: ['committeeMemberC', 'director'],
    published: ['committeeMemberC', 'director', 'dbChairA', 'secretaryA', 'secretaryB'],
  },
};

/**
 * Who may read the committee agenda item that carries each submitted proposal (authz-fixture: the carrier of a
 * gemeente-limited proposal is limited to gemeente B; that of the published one is an openbaar item). A proposal
 * is reached through its carrier only by those who may read both.
 */
export const CARRIER_ITEM_READERS: Partial<Record<State, Persona[]>> = {
  confidential: ['committeeMemberC', 'director'],
  'gemeente-limited': ['secretaryB', 'committeeMemberC', 'director'],
  geheim: NAMED_ON_SECRET,
  'geheim lifted': ['committeeMemberC', 'director', 'dbChairA'],
  published: ORGANISATION,
};

export function mayRead(subject: MatrixSubject, state: State, persona: Persona): boolean {
  return EXPECTED_READERS[subject][state]?.includes(persona) ?? false;
}
