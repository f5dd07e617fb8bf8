export interface LineChange {
  kind: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
}

/**
 * The changes from `before` to `after`, line by line, by the longest common subsequence: what an amendment kept,
 * struck and added. Quadratic, which suits the handful of beslispunten of a decision.
 */
export function lineDiff(before: readonly string[], after: readonly string[]): LineChange[] {
  const common: number[][] = Array.from({ length: before.length + 1 }, () =>
    new Array(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      const row = common[i] as number[];
      row[j] =
        before[i] === after[j]
          ? (common[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      changes.push({ kind: 'SAME', text: before[i] as string });
      i++;
      j++;
    } else if ((common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0)) {
      changes.push({ kind: 'REMOVED', text: before[i++] as string });
    } else {
      changes.push({ kind: 'ADDED', text: after[j++] as string });
    }
  }
  while (i < before.length) changes.push({ kind: 'REMOVED', text: before[i++] as string });
  while (j < after.length) changes.push({ kind: 'ADDED', text: after[j++] as string });
  return changes;
}
