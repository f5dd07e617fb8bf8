/** SQL for a CHECK constraint that keeps a text column within an enum's values. */
export function oneOf(column: string, values: Record<string, string> | readonly string[]): string {
  const list = Array.isArray(values) ? values : Object.values(values);
  return `${column} IN (${list.map((value) => `'${value}'`).join(', ')})`;
}

/** The Dutch text-search document of some text columns (PostgreSQL's `dutch` configuration stems Dutch words). */
export function dutchSearch(...columns: string[]): string {
  return `to_tsvector('dutch'::regconfig, ${columns.map((column) => `coalesce(${column}, '')`).join(` || ' ' || `)})`;
}

/** Escapes LIKE wildcards so user text matches literally inside `%…%`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
