import { chromium } from 'playwright-core';
import { percentile } from './measure';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Milliseconds from navigation to the meeting page until its agenda table shows all items, in Debian's
 * headless Chromium, each load in a fresh browser context (empty cache, signed in by cookie). The median of `loads`.
 */
export async function agendaPageTiming(
  baseUrl: string,
  sessionCookie: string,
  meetingId: string,
  items: number,
  loads = 5,
): Promise<{ medianMs: number; loads: number[] }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS, headless: true });
  const [name, value] = sessionCookie.split('=') as [string, string];
  const timings: number[] = [];
  try {
    for (let n = 0; n < loads; n++) {
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      await context.addCookies([{ name, value, url: baseUrl }]);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/vergaderingen/${meetingId}`);
      await page
        .getByRole('table', { name: /Agendapunten van/ })
        .locator('tbody tr')
        .nth(items - 1)
        .waitFor({ timeout: 30_000 });
      timings.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    medianMs: percentile(
      [...timings].sort((a, b) => a - b),
      50,
    ),
    loads: timings,
  };
}
