import { Confidentiality } from '@bestuurskracht/shared/domain';
import type { Action, AppRule, SubjectName } from './vocabulary';
import type { Standing } from './standing';

export type Conditions = Record<string, unknown>;

/**
 * Collects rules as plain data. CASL ORs the rules for one action and subject, and an inverted rule (`cannot`)
 * wins over the rules before it. A condition `{ $in: [] }` matches nothing, so such a rule is left out.
 */
export class RuleBuilder {
  readonly rules: AppRule[] = [];

  can(action: Action | Action[], subject: SubjectName, ...alternatives: (Conditions | undefined)[]): this {
    for (const conditions of alternatives.length ? alternatives : [undefined]) {
      if (!conditions || !matchesNothing(conditions)) this.rules.push(rule(action, subject, conditions));
    }
    return this;
  }

  canFields(action: Action, subject: SubjectName, fields: string[], conditions?: Conditions): this {
    if (!conditions || !matchesNothing(conditions))
      this.rules.push({ ...rule(action, subject, conditions), fields });
    return this;
  }

  cannot(action: Action, subject: SubjectName, conditions: Conditions): this {
    if (!matchesNothing(conditions))
      this.rules.push({ ...rule(action, subject, conditions), inverted: true });
    return this;
  }
}

function rule(action: Action | Action[], subject: SubjectName, conditions?: Conditions): AppRule {
  return conditions ? { action, subject, conditions } : { action, subject };
}

function matchesNothing(conditions: Conditions): boolean {
  return Object.values(conditions).some((value) =>
    typeof value === 'object' && value !== null && Array.isArray((value as { $in?: unknown }).$in)
      ? (value as { $in: unknown[] }).$in.length === 0
      : false,
  );
}

export const among = (ids: readonly string[]) => ({ $in: [...ids] });

/**
 * Rows an audience with access to confidential papers may read: openbaar and vertrouwelijk rows, and geheim rows
 * whose geheimhouding has been lifted (they are vertrouwelijk from then on).
 */
export function uptoConfidential(s: Standing, conditions: Conditions): Conditions[] {
  return [
    { ...conditions, confidentiality: among([Confidentiality.PUBLIC, Confidentiality.CONFIDENTIAL]) },
    { ...conditions, confidentiality: Confidentiality.SECRET, secrecyId: among(s.liftedSecrecyIds) },
  ];
}

/** Like `uptoConfidential`, without the openbaar rows (which a wider rule already grants). */
export function confidentialOnly(s: Standing, conditions: Conditions): Conditions[] {
  return [
    { ...conditions, confidentiality: Confidentiality.CONFIDENTIAL },
    { ...conditions, confidentiality: Confidentiality.SECRET, secrecyId: among(s.liftedSecrecyIds) },
  ];
}

/** geheim rows: only the persons named on the geheimhouding. */
export function namedOnSecret(s: Standing): Conditions {
  return { confidentiality: Confidentiality.SECRET, secrecyId: among(s.sharedSecrecyIds) };
}

/** Rows for all gemeenten, or limited to gemeenten the person acts for. */
export function withinScope(s: Standing, alternatives: Conditions[]): Conditions[] {
  return alternatives.flatMap((conditions) => [
    { ...conditions, municipalityScope: { $size: 0 } },
    { ...conditions, municipalityScope: among(s.municipalityIds) },
  ]);
}
