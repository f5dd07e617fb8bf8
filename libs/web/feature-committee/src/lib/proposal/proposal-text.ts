/** One block of a proposal's text, to render without HTML injection. */
export type TextBlock =
  | { kind: 'heading'; level: 3 | 4 | 5; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const ORDERED = /^\d+[.)]\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;

/**
 * A proposal's body is written in simple Markdown (headings, numbered and bulleted lists, paragraphs). The page
 * shows it as structure, its headings placed below the page's own "Tekst van het voorstel" (h2), so the outline
 * stays in order. Anything else is plain text: nothing in it becomes HTML.
 */
export function proposalTextBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = ORDERED.exec(line) ?? BULLET.exec(line);
    if (line === '') {
      closeParagraph();
    } else if (heading) {
      closeParagraph();
      const level = Math.min((heading[1] as string).length + 2, 5) as 3 | 4 | 5;
      blocks.push({ kind: 'heading', level, text: heading[2] as string });
    } else if (item) {
      closeParagraph();
      const ordered = ORDERED.test(line);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item[1] as string);
      else blocks.push({ kind: 'list', ordered, items: [item[1] as string] });
    } else {
      paragraph.push(line);
    }
  }
  closeParagraph();
  return blocks;
}
