/** A validity period in calendar days (ISO yyyy-mm-dd); `endsOn` is the last day it holds, null when open. */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** Whether the period holds on `day` (ISO yyyy-mm-dd). ISO dates compare correctly as strings. */
export function isActiveOn(period: Period, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || day <= period.endsOn);
}

/** Today's date in the Netherlands as ISO yyyy-mm-dd: a membership ends at midnight in Dutch time, not UTC. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
