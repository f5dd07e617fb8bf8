import { councilViewDeadline, daysUntil } from './council-view-term';
import { CouncilViewSubject } from './vocabulary';

describe('the zienswijze term', () => {
  it('gives the raden twelve weeks for the ontwerpbegroting, across the change to summer time', () => {
    expect(councilViewDeadline(CouncilViewSubject.DRAFT_BUDGET, '2027-03-01')).toBe('2027-05-24');
  });

  it('gives eight weeks for a change of the regeling and none for the jaarstukken', () => {
    expect([
      councilViewDeadline(CouncilViewSubject.ARRANGEMENT_CHANGE, '2026-12-28'),
      councilViewDeadline(CouncilViewSubject.ANNUAL_ACCOUNTS, '2027-04-15'),
    ]).toEqual(['2027-02-22', '2027-04-15']);
  });

  it('counts the days left, negative once passed', () => {
    expect([daysUntil('2027-05-24', '2027-05-20'), daysUntil('2027-05-24', '2027-05-25')]).toEqual([4, -1]);
  });
});
