/** "22,5" or "22.50" → "22.50"; null for anything that is not a percentage from 0 to 100 with at most 2 decimals. */
export function parseCostShare(input: string): string | null {
  const normalised = input.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null;
  const value = Number(normalised);
  return value >= 0 && value <= 100 ? value.toFixed(2) : null;
}

/** The sum of shares in hundredths, exact (no floating-point drift), as "100,00". */
export function totalShare(shares: readonly string[]): { hundredths: number; text: string } {
  const hundredths = shares.reduce((sum, share) => sum + Math.round(Number(share) * 100), 0);
  return { hundredths, text: (hundredths / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 }) };
}
