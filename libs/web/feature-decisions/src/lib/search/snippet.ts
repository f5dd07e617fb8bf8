export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * The search snippet's matching words come wrapped in <b>…</b>; everything else is text. Split on those two
 * markers only, so nothing in a snippet is ever treated as HTML.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of snippet.split(/(<\/?b>)/)) {
    if (piece === '<b>') match = true;
    else if (piece === '</b>') match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  return parts;
}
