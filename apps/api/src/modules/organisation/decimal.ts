/** numeric columns travel as strings; these helpers keep them exact (in hundredths) instead of using floats. */
const DECIMAL = /^\d{1,10}(\.\d{1,2})?$/;

export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** "33.5" → 3350: hundredths as an integer, so sums of percentages are exact. */
export function toHundredths(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
