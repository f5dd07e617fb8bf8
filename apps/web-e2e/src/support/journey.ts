import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl } from './browser';
import { artefactsDir } from './workspace';

/** The demo password of every demo login (README). */
export const DEMO_PASSWORD = 'bestuurskracht-demo';

/** A fresh browser context (own cookies) in Dutch, as axe needs: a page from a context, not browser.newPage(). */
export async function newDutchPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the sign-in page as a demo login and waits for the home page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** The WCAG 2.1 A and AA violations axe finds on the page as it is now, readable in a failed expectation. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
  );
}

/** A full-page screenshot kept as a CI artefact under dist/web-e2e/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(artefactsDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(artefactsDir, 'screenshots', `${name}.png`), fullPage: true });
}
