import { isActiveOn, todayInNetherlands } from './period';

describe('a validity period', () => {
  const lastYearsCommission = { startsOn: '2022-04-01', endsOn: '2025-12-31' };
  const openEnded = { startsOn: '2010-01-01', endsOn: null };

  it('holds on its first and last day', () => {
    expect([
      isActiveOn(lastYearsCommission, '2022-04-01'),
      isActiveOn(lastYearsCommission, '2025-12-31'),
    ]).toEqual([true, true]);
  });

  it('gives nothing the day after it ended (the former wethouder of Oirschot)', () => {
    expect(isActiveOn(lastYearsCommission, '2026-01-01')).toBe(false);
  });

  it('gives nothing before it starts', () => {
    expect(isActiveOn(lastYearsCommission, '2022-03-31')).toBe(false);
  });

  it('without an end date holds from its start onwards', () => {
    expect(isActiveOn(openEnded, '2099-06-30')).toBe(true);
  });
});

describe('today in the Netherlands', () => {
  it('is already the next day at 23:30 UTC in summer time', () => {
    expect(todayInNetherlands(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('is still the same day at 22:30 UTC in winter time', () => {
    expect(todayInNetherlands(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});
