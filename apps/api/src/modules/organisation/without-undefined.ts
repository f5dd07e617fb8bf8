/** GraphQL leaves absent optional input fields undefined: those stay as they are; null clears a value. */
export function withoutUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
