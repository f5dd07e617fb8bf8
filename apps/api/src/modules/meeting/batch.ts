/**
 * Helpers for DataLoader batch functions: rows fetched for many keys in one statement, handed back in the
 * order of the keys (DataLoader's contract).
 */
export function groupByKey<R, T>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(toNode(row));
  return keys.map((key) => groups.get(key) ?? []);
}

export function oneByKey<R, T>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): (T | null)[] {
  const byKey = new Map<string, T>(rows.map((row) => [keyOf(row), toNode(row)]));
  return keys.map((key) => byKey.get(key) ?? null);
}
