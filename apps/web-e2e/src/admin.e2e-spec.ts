import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

describe('Beheer: structure, memberships and the service-assignment matrix', () => {
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
    ({ context, page } = await newDutchPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  async function openKempen(): Promise<void> {
    await signIn(page, 'beheerder@kempengemeenten.example');
    await page.getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Inrichting bekijken: Kempengemeenten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: Kempengemeenten' }).waitFor();
  }

  it('shows the matrix: Bergeijk takes no part in VTH, and a changed cost share changes the total', async () => {
    await openKempen();
    const matrix = page.getByRole('table', { name: 'Kostenaandeel per gemeente en taakveld, in procenten' });
    await expect(matrix.getByRole('row', { name: /^Bergeijk/ }).textContent()).resolves.toContain(
      'neemt geen deel',
    );
    await saveScreenshot(page, 'beheer-matrix');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    const share = matrix.getByRole('textbox', { name: /^Kostenaandeel van Bladel voor / }).first();
    const before = await share.inputValue();
    await share.fill('0,01');
    await share.press('Enter');
    await page
      .getByText(/Het kostenaandeel van Bladel voor .* is nu 0,01 %\./)
      .waitFor({ state: 'attached' });
    await page
      .getByRole('status')
      .filter({ hasText: /tellen op tot .* niet 100 %/ })
      .first()
      .waitFor();

    await share.fill(before);
    await share.press('Enter');
    await page
      .getByText(new RegExp(`is nu ${before.replace(/[.,]/, '[.,]')} %`))
      .waitFor({ state: 'attached' });
  });

  it('adds a membership with dates and shows it in the list', async () => {
    await openKempen();
    await page.getByRole('button', { name: 'Leden van Dagelijks Bestuur tonen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Lidmaatschappen van Dagelijks Bestuur' }).waitFor();
    await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Marloes Verbeek-Hoogland' });
    await page.getByLabel('Functie', { exact: true }).selectOption({ label: 'adviseur' });
    await page.getByLabel('Tot en met', { exact: true }).fill('2027-12-31');
    await page.getByRole('button', { name: 'Lidmaatschap toevoegen' }).click();

    const row = page
      .getByRole('table', { name: 'Lidmaatschappen van Dagelijks Bestuur' })
      .getByRole('row', { name: /Marloes Verbeek-Hoogland adviseur/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('31 december 2027');
    await saveScreenshot(page, 'beheer-lidmaatschappen');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('offers a gemeentesecretaris no Beheer, and shows no organisation data at /beheer', async () => {
    await signIn(page, 'gemeentesecretaris@bladel.example');
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).count(),
    ).resolves.toBe(0);
    await page.goto(`${baseUrl()}/beheer`);
    await page.getByText('U beheert geen samenwerkingsorganisatie').waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(0);
  });
});
