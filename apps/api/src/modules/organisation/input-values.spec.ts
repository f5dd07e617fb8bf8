import { isCalendarDate } from '../../graphql/calendar-date';
import { isDecimal, toHundredths } from './decimal';

describe('calendar dates', () => {
  it('accepts a real day written as yyyy-mm-dd', () => {
    expect(['2024-02-29', '2023-12-31'].map(isCalendarDate)).toEqual([true, true]);
  });

  it('refuses a day that does not exist, another notation, or a timestamp', () => {
    expect(
      ['2023-02-29', '2024-13-01', '31-12-2023', '2024-01-01T00:00:00Z', 20240101].map(isCalendarDate),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('decimal cost shares', () => {
  it('adds Bladel 33.33, Eersel 33.33 and Bergeijk 33.34 up to exactly 100', () => {
    expect(['33.33', '33.33', '33.34'].reduce((sum, value) => sum + toHundredths(value), 0)).toBe(10_000);
  });

  it('reads "22.5" as 22.50 and refuses negatives and three decimals', () => {
    expect({ value: toHundredths('22.5'), negative: isDecimal('-1'), precise: isDecimal('1.005') }).toEqual({
      value: 2250,
      negative: false,
      precise: false,
    });
  });
});
