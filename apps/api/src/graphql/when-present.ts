/**
 * For `@ValidateIf(whenPresent)` on partial-update inputs: an absent field is left as it is and not validated;
 * a given field (null included) is validated.
 */
export const whenPresent = (_input: unknown, value: unknown): boolean => value !== undefined;
