/** Where a paper's file is: the browser sends the session cookie and the API checks access again. */
export function paperUrl(paper: { id: string; fileName: string }): string {
  return `/export/documents/${encodeURIComponent(paper.id)}/${encodeURIComponent(paper.fileName)}`;
}
