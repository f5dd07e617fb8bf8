/** Dates as Dutch readers expect them, always in Dutch time, whatever the browser's zone. */
const ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ZONE,
});
const weekdayDateFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ZONE,
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const shortDateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: ZONE,
});

export type DateStyle = 'date' | 'weekday' | 'dateTime' | 'time' | 'short';

/**
 * `2026-11-23` (a calendar day, read as that day, not as UTC midnight) or an ISO instant, formatted for nl-NL:
 * "23 november 2026", "maandag 23 november 2026", "23 november 2026 om 14:00", "14:00", "23-11-2026".
 */
export function formatDate(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
  if (value === null || value === undefined || value === '') return '';
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  switch (style) {
    case 'weekday':
      return weekdayDateFormat.format(date);
    case 'dateTime':
      return `${dateFormat.format(date)} om ${timeFormat.format(date)}`;
    case 'time':
      return timeFormat.format(date);
    case 'short':
      return shortDateFormat.format(date);
    default:
      return dateFormat.format(date);
  }
}

/** "vandaag", "morgen", "over 3 dagen", "gisteren", "2 dagen geleden", for a day count from today. */
export function formatDaysFromToday(days: number): string {
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  if (days === -1) return 'gisteren';
  return days > 0 ? `over ${days} dagen` : `${-days} dagen geleden`;
}
