import { escapeText, foldLine, icsCalendar } from './ical';

describe('iCalendar', () => {
  it('escapes backslashes, separators and line breaks in text', () => {
    expect(escapeText('Agenda; punt 1, 2\\3\nen verder')).toBe('Agenda\\; punt 1\\, 2\\\\3\\nen verder');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect({
      octets: parts.map((part) => Buffer.byteLength(part, 'utf8') <= 75),
      continuation: parts.slice(1).every((part) => part.startsWith(' ')),
      unfolded: folded.replace(/\r\n /g, ''),
    }).toEqual({ octets: parts.map(() => true), continuation: true, unfolded: line });
  });

  it('writes a cancelled meeting with its sequence, in UTC, with CRLF line ends', () => {
    const ics = icsCalendar(
      'DB',
      [
        {
          uid: 'm1@bestuurskracht',
          sequence: 3,
          start: new Date('2026-12-10T14:00:00Z'),
          end: null,
          summary: 'DB december',
          location: 'Eersel, gemeentehuis',
          description: null,
          cancelled: true,
          lastModified: new Date('2026-11-20T10:00:00Z'),
        },
      ],
      new Date('2026-11-22T08:00:00Z'),
    );
    const lines = ics.split('\r\n');
    expect({
      event: lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1),
      ending: ics.endsWith('END:VCALENDAR\r\n'),
      bareNewlines: /[^\r]\n/.test(ics),
    }).toEqual({
      event: [
        'BEGIN:VEVENT',
        'UID:m1@bestuurskracht',
        'DTSTAMP:20261122T080000Z',
        'LAST-MODIFIED:20261120T100000Z',
        'DTSTART:20261210T140000Z',
        'DTEND:20261210T160000Z',
        'SEQUENCE:3',
        'STATUS:CANCELLED',
        'SUMMARY:DB december',
        'LOCATION:Eersel\\, gemeentehuis',
        'END:VEVENT',
      ],
      ending: true,
      bareNewlines: false,
    });
  });
});
