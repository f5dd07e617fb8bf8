/** A validity period in calendar days (ISO yyyy-mm-dd); `endsOn` is the last day it holds, null when open. */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** Whether the period holds on `day` (ISO yyyy-mm-dd). ISO dates compare correctly as strings. */
export function isActiveOn(period: Period, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || day <= period.endsOn);
}

// Made once: constructing an Intl.DateTimeFormat costs far more than formatting with it (it is called per row).
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands as ISO yyyy-mm-dd: a membership ends at midnight in Dutch time, not UTC. */
export function todayInNetherlands(now: Date = new Date()): string {
  return DUTCH_DAY.format(now);
}
