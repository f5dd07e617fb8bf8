import { createMongoAbility } from '@casl/ability';
import type { AppAbility, AppRule } from './vocabulary';

/**
 * The rules for an actor, as plain data. The structure of a samenwerking (which gemeenten take part) is public
 * information, so everyone may read it; everything else is granted per membership in later rules.
 */
export function defineRulesFor(): AppRule[] {
  return [
    { action: 'read', subject: 'Organisation' },
    { action: 'read', subject: 'Municipality' },
    { action: 'read', subject: 'Participation' },
  ];
}

export function createAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, {
    detectSubjectType: (subject) => (typeof subject === 'string' ? subject : subject.__typename) as never,
  });
}
