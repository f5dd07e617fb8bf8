import type { MongoAbility, RawRuleOf } from '@casl/ability';

/**
 * What an actor may do. `adopt` is the chair's step that makes a committee's draft advice final; `manage` (CASL's
 * wildcard) is never granted.
 */
export type Action = 'read' | 'create' | 'update' | 'delete' | 'adopt';

/** Subjects are the glossary's code names as strings, so the rules serialise to the client. */
export const SUBJECT_NAMES = [
  'Organisation',
  'Municipality',
  'Participation',
  'Body',
  'Portfolio',
  'ServiceArea',
  'ServiceAssignment',
  'CostAllocationKey',
  'Membership',
  'Person',
  'Meeting',
  'AgendaItem',
  'Proposal',
  'Advice',
  'Review',
  'Decision',
  'DecisionList',
  'Task',
  'Document',
  'CouncilViewProcedure',
  'CouncilView',
  'ConflictOfInterest',
  'Secrecy',
  'Quota',
  'Publication',
  'AuditEntry',
] as const;

export type SubjectName = (typeof SUBJECT_NAMES)[number];

export type AppAbility = MongoAbility<[Action, SubjectName | { __typename?: SubjectName }]>;
export type AppRule = RawRuleOf<AppAbility>;
