import { formatDate, formatDaysFromToday } from './dates';

describe('formatDate', () => {
  it('reads a calendar day as that day in the Netherlands, not as UTC midnight', () => {
    expect(formatDate('2026-11-23')).toBe('23 november 2026');
  });

  it('shows an evening meeting in Dutch time, with the weekday when asked', () => {
    // 19:30 in Amsterdam in winter is 18:30 UTC.
    expect(formatDate('2026-11-23T18:30:00.000Z', 'dateTime')).toBe('23 november 2026 om 19:30');
    expect(formatDate('2026-11-23T18:30:00.000Z', 'weekday')).toBe('maandag 23 november 2026');
  });

  it('crosses summer time: 09:00 in July is 07:00 UTC', () => {
    expect(formatDate('2026-07-01T07:00:00.000Z', 'time')).toBe('09:00');
  });

  it('shows nothing for a missing or malformed date instead of "Invalid Date"', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('geen datum')).toBe('');
  });
});

describe('formatDaysFromToday', () => {
  it('names near days and counts the rest', () => {
    expect([0, 1, -1, 5, -3].map(formatDaysFromToday)).toEqual([
      'vandaag',
      'morgen',
      'gisteren',
      'over 5 dagen',
      '3 dagen geleden',
    ]);
  });
});
