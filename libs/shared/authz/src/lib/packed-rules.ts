import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import { createAbility } from './define-rules';
import type { AppAbility, AppRule } from './vocabulary';

/** The rules as the API hands them to the client (`me.rules`): packed by CASL, as JSON. */
export function packRulesToJson(rules: AppRule[]): string {
  return JSON.stringify(packRules(rules));
}

/** The ability from `me.rules`; an unreadable text gives an ability that allows nothing. */
export function abilityFromPackedRules(json: string): AppAbility {
  let packed: PackRule<AppRule>[];
  try {
    packed = JSON.parse(json);
  } catch {
    packed = [];
  }
  return createAbility(Array.isArray(packed) ? (unpackRules(packed) as AppRule[]) : []);
}
