import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { artefactsDir } from './support/workspace';

describe('Samenwerkingsorganisaties', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    // axe needs a page from a context, not browser.newPage().
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 2, name: 'Kempengemeenten' }).waitFor();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows Kempengemeenten with Bergeijk and Noaberkracht with Dinkelland and Tubbergen', async () => {
    const kempen = page.getByRole('region', { name: 'Kempengemeenten' });
    const noaberkracht = page.getByRole('region', { name: 'Noaberkracht' });

    await expect(kempen.getByRole('row', { name: /Bergeijk/ }).textContent()).resolves.toMatch(
      /Bergeijk\s*GM1724\s*18\.965/,
    );
    await expect(kempen.locator('dd').allTextContents()).resolves.toEqual([
      'ambtelijke fusie',
      'openbaar lichaam',
    ]);
    await expect(noaberkracht.getByRole('rowheader').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Dinkelland', 'Tubbergen']),
    );

    mkdirSync(join(artefactsDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(artefactsDir, 'screenshots/organisations.png'), fullPage: true });
  });

  it('has no WCAG 2.1 A or AA violations that axe can find', async () => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();

    const readable = violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
    );
    expect(readable).toEqual([]);
  });

  it('is in Dutch, and the first Tab reaches the skip link, which moves focus to main', async () => {
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Direct naar de inhoud',
    );

    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');
  });
});

describe('An address that does not exist', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows "Pagina niet gevonden"', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/bestaat-niet`);

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pagina niet gevonden');
    await expect(page.title()).resolves.toBe('Pagina niet gevonden – Bestuurskracht');
    await context.close();
  });
});
