import { nl } from '@bestuurskracht/web/text';
import type { TaskRowFragment } from '../generated/graphql';

const BOM = '\uFEFF';

/** A field as Dutch Excel reads it: always quoted, inner quotes doubled. */
function field(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * The tasks as a CSV file that Dutch Excel opens as it is: UTF-8 with a byte order mark, `;` between fields,
 * every field quoted, Dutch headers and labels, dates as yyyy-mm-dd, lines ending in CRLF.
 */
export function tasksCsv(tasks: readonly TaskRowFragment[], personName: (id: string) => string): string {
  const t = nl.tasks;
  const lines = [
    t.csvHeaders.map(field).join(';'),
    ...tasks.map((task) =>
      [
        task.title,
        nl.labels.taskOrigin[task.origin],
        task.dueOn,
        task.late ? t.yes : t.no,
        nl.labels.taskStatus[task.status],
        task.assigneeId ? personName(task.assigneeId) : t.unassigned,
        task.description ?? '',
      ]
        .map(field)
        .join(';'),
    ),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** taken-bladel-2026-11-23.csv */
export function tasksCsvFileName(municipality: string, today: Date = new Date()): string {
  const slug = municipality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `taken-${slug}-${isoDay(today)}.csv`;
}

/** The calendar day in Dutch time as yyyy-mm-dd. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(date);
}
