import { CouncilViewSubject } from './vocabulary';

/**
 * The least time the raden get for their zienswijze, in weeks from sending (Wgr art. 34b and 35, as revised in
 * 2022: twelve weeks for the kadernota, the ontwerpbegroting and a begrotingswijziging; art. 1 lid 3 and the common
 * practice of eight weeks for a change of the regeling). The jaarstukken are sent for information: no zienswijze term.
 */
export const COUNCIL_VIEW_WEEKS: Readonly<Record<CouncilViewSubject, number>> = {
  [CouncilViewSubject.FRAMEWORK_MEMO]: 12,
  [CouncilViewSubject.DRAFT_BUDGET]: 12,
  [CouncilViewSubject.BUDGET_AMENDMENT]: 12,
  [CouncilViewSubject.ARRANGEMENT_CHANGE]: 8,
  [CouncilViewSubject.ANNUAL_ACCOUNTS]: 0,
};

/** The legal deadline (yyyy-mm-dd) of a zienswijze sent on `sentOn` (yyyy-mm-dd). */
export function councilViewDeadline(subject: CouncilViewSubject, sentOn: string): string {
  const day = new Date(`${sentOn}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7 * COUNCIL_VIEW_WEEKS[subject]);
  return day.toISOString().slice(0, 10);
}

/** Whole days from `today` until the deadline; negative once it has passed. */
export function daysUntil(deadlineOn: string, today: string): number {
  return Math.round((Date.parse(`${deadlineOn}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000);
}
