import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

/** Journey 2: portefeuillehouders in a bestuurscommissie advise the DB (demo data, seeded relative to today). */
describe('A portefeuillehouder adopts an advice', () => {
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

  async function openCommitteeWorkspace(): Promise<void> {
    await page.goto(`${baseUrl()}/commissie`);
    await page.getByRole('heading', { level: 1, name: 'Commissiewerk' }).waitFor();
    await page.locator('table').first().waitFor();
    await page.locator('[aria-busy=true]').waitFor({ state: 'detached' });
  }

  it('the chair opens a proposal from /commissie, drafts and edits the advice, adopts it: "geadviseerd"', async () => {
    await signIn(page, 'wethouder.md@bladel.example');
    await openCommitteeWorkspace();
    await page
      .getByRole('heading', { level: 2, name: /Maatschappelijke Dienstverlening.*voorzitter/ })
      .waitFor();
    await saveScreenshot(page, 'commissie');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    await page.getByRole('link', { name: 'Armoedebeleid Kempen 2027-2030' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Armoedebeleid Kempen 2027-2030' }).waitFor();
    await page.getByText('De commissie heeft nog geen advies gegeven.').waitFor();

    await page.getByLabel('positief met wijzigingen').check();
    await page.getByLabel('Motivering').fill('Positief, mits het kindpakket ook voor 18-jarigen geldt.');
    await page.getByRole('button', { name: 'Concept-advies opslaan' }).click();
    await page.getByText('Het concept-advies is opgeslagen.').waitFor();
    await page.getByRole('heading', { name: 'Concept-advies wijzigen' }).waitFor();

    await page
      .getByLabel('Motivering')
      .fill('Positief, mits het kindpakket ook voor 18- en 19-jarigen geldt.');
    await page.getByRole('button', { name: 'Concept-advies opslaan' }).click();
    await page.getByText('Positief, mits het kindpakket ook voor 18- en 19-jarigen geldt.').first().waitFor();

    await page.getByRole('button', { name: 'Advies vaststellen' }).click();
    await page.getByText('gaat het voorstel naar de stand "geadviseerd"').waitFor();
    await page.getByRole('button', { name: 'Ja, advies vaststellen' }).click();

    await page.getByText('Het advies is vastgesteld. Het voorstel is nu geadviseerd.').waitFor();
    await page.getByText('Dit advies is vastgesteld en kan niet meer worden gewijzigd.').waitFor();
    await expect(page.locator('.bk-state').textContent()).resolves.toBe('geadviseerd');
    await expect(page.getByRole('button', { name: 'Concept-advies opslaan' }).count()).resolves.toBe(0);

    await saveScreenshot(page, 'voorstel');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('an ordinary member records a reservation for Eersel on a VTH proposal', async () => {
    await signIn(page, 'wethouder.vth@eersel.example');
    await openCommitteeWorkspace();

    await page.getByRole('link', { name: 'Tarieven leges omgevingsvergunning 2027' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Tarieven leges omgevingsvergunning 2027' }).waitFor();
    await expect(page.getByText('Alleen voor').first().textContent()).resolves.toContain('Eersel');
    await expect(page.getByRole('button', { name: 'Advies vaststellen' }).count()).resolves.toBe(0);

    await expect(page.getByLabel('Namens gemeente').locator('option').allTextContents()).resolves.toEqual([
      'Eersel',
    ]);
    await page
      .getByLabel('Voorbehoud', { exact: true })
      .fill('Eersel past de leges pas aan na de raadsbehandeling.');
    await page.getByRole('button', { name: 'Voorbehoud vastleggen' }).click();

    await page.getByText('Het voorbehoud is vastgelegd.').waitFor();
    await page.getByText('Voorbehoud van Eersel').waitFor();
    await expect(page.getByLabel('Namens gemeente').count()).resolves.toBe(0);

    await saveScreenshot(page, 'voorstel-voorbehoud');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    // A tablet: the page itself does not scroll sideways (tables may, in their container).
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);
    await openCommitteeWorkspace();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);
  });

  it('says "niet gevonden of geen toegang" for a proposal that does not exist', async () => {
    await signIn(page, 'wethouder.vth@eersel.example');
    await page.goto(`${baseUrl()}/voorstellen/00000000-0000-4000-8000-000000000000`);

    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'niet gevonden of u heeft er geen toegang toe',
    );
  });
});
