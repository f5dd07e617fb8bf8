import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

/**
 * Journey 3: a gemeentesecretaris reviews, and sees only their own gemeente's notes and tasks.
 * Bladel writes an own-gemeente note; Eersel does not see it (but does see shared notes) and sees only Eersel's
 * tasks, which it can export as CSV.
 */
describe('A gemeentesecretaris reviews the next DB agenda and follows their gemeente’s tasks', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const note = `Vraag voor het college van Bladel over de uitvoering (${Date.now()})`;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page } = await newDutchPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  it('Bladel writes a note for its own college on an agenda item', async () => {
    await signIn(page, 'gemeentesecretaris@bladel.example');
    await page.goto(`${baseUrl()}/voorbereiding`);
    await page.getByRole('heading', { level: 1, name: 'Voorbereiding DB' }).waitFor();
    await page.getByText(/agendapunten bekeken/).waitFor();

    const item = page
      .locator('article')
      .filter({ has: page.getByRole('button', { name: 'Aandachtspunt opslaan' }) })
      .nth(1);
    await item.getByLabel('Tekst').fill(note);
    await expect(item.getByLabel('alleen eigen gemeente').isChecked()).resolves.toBe(true);
    await item.getByRole('button', { name: 'Aandachtspunt opslaan' }).click();

    await item.getByText(note).waitFor();
    await expect(item.getByText('Uw aandachtspunt is opgeslagen.').isVisible()).resolves.toBe(true);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'review-inbox-bladel');
  });

  it('Eersel does not see Bladel’s own note, but does see notes shared with the overleg', async () => {
    await signIn(page, 'gemeentesecretaris@eersel.example');
    await page.goto(`${baseUrl()}/voorbereiding`);
    await page.getByText(/agendapunten bekeken/).waitFor();

    await page.getByText('gedeeld met het overleg').first().waitFor();
    await expect(page.getByText(note).count()).resolves.toBe(0);
    await expect(page.getByText(/Vraag voor het college van Bladel/).count()).resolves.toBe(0);
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(768);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'review-inbox');
  });

  it('Eersel sees only Eersel’s tasks and exports them as a CSV file for Excel', async () => {
    await signIn(page, 'gemeentesecretaris@eersel.example');
    await page.goto(`${baseUrl()}/taken`);
    await page.getByRole('heading', { level: 1, name: 'Taken van Eersel' }).waitFor();
    const table = page.getByRole('table', { name: /Taken: \d+ van \d+ getoond/ });
    await table.waitFor();

    const text = (await table.textContent()) ?? '';
    expect(text).toContain('college van Eersel');
    expect(text).not.toMatch(/college van (Bladel|Bergeijk|Oirschot|Reusel)/);
    await expect(page.getByLabel('Gemeente', { exact: true }).count()).resolves.toBe(0);
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(768);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'task-dashboard');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren naar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^taken-eersel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(
      '"Taak";"Herkomst";"Uiterlijk gereed";"Te laat";"Status";"Uitvoerder";"Omschrijving"',
    );
    expect(
      rows.some((row) =>
        /^"Bespreek de DB-agenda van .* in het college van Eersel";"DB-agenda bespreken in college";"\d{4}-\d{2}-\d{2}";"(ja|nee)";/.test(
          row,
        ),
      ),
    ).toBe(true);
    expect(rows.every((row) => !/college van Bladel/.test(row))).toBe(true);
  });

  it('Eersel sees the zienswijzen with their deadlines', async () => {
    await signIn(page, 'gemeentesecretaris@eersel.example');
    await page.goto(`${baseUrl()}/zienswijzen`);
    await page.getByRole('heading', { level: 1, name: 'Zienswijzen' }).waitFor();
    await page.getByRole('table').first().waitFor();

    await expect(page.getByText('Termijn tot').first().isVisible()).resolves.toBe(true);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'council-views');
  });
});
