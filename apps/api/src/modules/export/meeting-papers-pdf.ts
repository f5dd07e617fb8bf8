import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

export interface AgendaPdfItem {
  position: number;
  title: string;
  description: string | null;
  purpose: string;
  handling: string;
  confidential: boolean;
}

export interface DecisionPdfItem {
  title: string;
  text: string;
  outcome: string;
}

const PURPOSE: Record<string, string> = {
  DECISION: 'ter besluitvorming',
  ADVICE: 'ter advisering',
  DISCUSSION: 'ter bespreking',
  INFORMATION: 'ter informatie',
};
const HANDLING: Record<string, string> = { CONSENT: 'hamerstuk', DEBATE: 'bespreekstuk' };
const OUTCOME: Record<string, string> = {
  ADOPTED: 'aangenomen',
  ADOPTED_AMENDED: 'gewijzigd aangenomen',
  DEFERRED: 'aangehouden',
  REJECTED: 'verworpen',
  WITHDRAWN: 'teruggetrokken',
};
const DATE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  meta: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 16] },
  item: { fontSize: 12, bold: true, margin: [0, 10, 0, 2] },
  note: { fontSize: 9, color: '#444444' },
};

function document(title: string, meta: string, content: Content[], compress: boolean): TDocumentDefinitions {
  return {
    info: { title, creator: 'Bestuurskracht' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Helvetica', fontSize: 11, lineHeight: 1.25 },
    styles: STYLES,
    compress,
    content: [{ text: title, style: 'title' }, { text: meta, style: 'meta' }, ...content],
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'right',
      margin: [0, 16, 56, 0],
      fontSize: 9,
    }),
  };
}

export function agendaDocument(
  meeting: { title: string; startsAt: Date; location: string | null },
  items: AgendaPdfItem[],
  compress = true,
): TDocumentDefinitions {
  const meta = [`Agenda, ${DATE.format(meeting.startsAt)}`, meeting.location].filter(Boolean).join(' · ');
  const content: Content[] = items.length
    ? items.flatMap((item): Content[] => [
        { text: `${item.position}. ${item.title}`, style: 'item' },
        {
          text: [PURPOSE[item.purpose], HANDLING[item.handling], item.confidential ? 'vertrouwelijk' : null]
            .filter(Boolean)
            .join(' · '),
          style: 'note',
        },
        ...(item.description ? [{ text: item.description }] : []),
      ])
    : [{ text: 'Er staan (voor u) geen punten op deze agenda.' }];
  return document(meeting.title, meta, content, compress);
}

export function decisionListDocument(
  meeting: { title: string; startsAt: Date },
  status: string,
  decisions: DecisionPdfItem[],
  compress = true,
): TDocumentDefinitions {
  const meta = `Besluitenlijst, ${DATE.format(meeting.startsAt)} · ${status === 'DRAFT' ? 'concept' : status === 'ADOPTED' ? 'vastgesteld' : 'vastgesteld en gepubliceerd'}`;
  const content: Content[] = decisions.length
    ? decisions.flatMap((decision, index): Content[] => [
        { text: `${index + 1}. ${decision.title}`, style: 'item' },
        { text: `Besluit: ${OUTCOME[decision.outcome] ?? decision.outcome}`, style: 'note' },
        { text: decision.text },
      ])
    : [{ text: 'Er staan (voor u) geen besluiten op deze lijst.' }];
  return document(`Besluitenlijst ${meeting.title}`, meta, content, compress);
}
