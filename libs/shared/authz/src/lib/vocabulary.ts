import type { MongoAbility, RawRuleOf } from '@casl/ability';

/** What an actor may do; `manage` is CASL's wildcard and is never granted to a person. */
export type Action = 'read' | 'create' | 'update' | 'delete';

/** Subjects are string names (the glossary's code names) so the rules serialise to the client. */
export type SubjectName = 'Organisation' | 'Municipality' | 'Participation';

export type AppAbility = MongoAbility<[Action, SubjectName | { __typename?: SubjectName }]>;
export type AppRule = RawRuleOf<AppAbility>;
