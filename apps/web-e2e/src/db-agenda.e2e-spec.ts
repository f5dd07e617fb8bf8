import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

const LEGES = 'Tarieven leges omgevingsvergunning 2027';
const GEO = 'Dienstverleningsovereenkomst GEO en BAG 2027';
const TITLE = 'Dagelijks Bestuur, extra vergadering';

describe('The director builds and publishes a DB agenda', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await newDutchPage(browser));
    await signIn(page, 'directeur@kempengemeenten.example');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const live = () => page.locator('.bk-live');
  const settled = () => page.locator('[aria-busy=false]').first().waitFor();

  it('shows the calendar of the Dagelijks Bestuur, with no axe violations', async () => {
    await page.goto(`${baseUrl()}/vergaderingen`);
    await page.getByRole('heading', { level: 1, name: 'Vergaderingen' }).waitFor();
    await page.getByLabel('Bestuursorgaan of overleg').selectOption({ label: 'Dagelijks Bestuur' });
    await page.getByRole('heading', { level: 2, name: 'Komende vergaderingen' }).waitFor();
    await page.getByRole('table', { name: /Komende vergaderingen van Dagelijks Bestuur/ }).waitFor();
    await settled();

    await saveScreenshot(page, 'vergaderingen');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('plans a new DB meeting and opens it', async () => {
    await page.getByRole('button', { name: 'Nieuwe vergadering' }).click();
    const form = page.locator('bk-new-meeting-form');
    await form.getByLabel('Bestuursorgaan of overleg').selectOption({ label: 'Dagelijks Bestuur' });
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Datum').fill('2027-01-21');
    await form.getByLabel('Begintijd').fill('09:30');
    await form.getByLabel('Locatie (niet verplicht)').fill('Bestuurskamer Kempengemeenten, Eersel');
    await form.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByText(`De vergadering "${TITLE}" is gepland.`).waitFor();

    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(page.locator('.bk-marks').textContent()).resolves.toContain('gepland');
    await saveScreenshot(page, 'vergadering-bekijken');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('adds two advised proposals to the agenda', async () => {
    await page.getByRole('button', { name: 'Agenda samenstellen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Agenda samenstellen' }).waitFor();

    for (const title of [LEGES, GEO]) {
      await page.getByLabel('Voorstel', { exact: true }).selectOption({ label: title });
      await page.getByRole('radio', { name: 'ter besluitvorming' }).check();
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      await live().getByText(`${title} staat nu op de agenda.`).waitFor();
    }
    await page.getByRole('button', { name: `Omlaag: ${LEGES}` }).waitFor();
  });

  it('reorders by keyboard and announces the new place', async () => {
    await page.getByRole('button', { name: `Omlaag: ${LEGES}` }).focus();
    await page.keyboard.press('Enter');

    await live().getByText(`Agendapunt ${LEGES} staat nu op plaats 2 van 2.`).waitFor();
    const order = await page.locator('.bk-order > li strong').allTextContents();
    expect(order).toEqual([GEO, LEGES]);
  });

  it('makes an item a hamerstuk', async () => {
    await page.getByLabel(`Behandeling van ${GEO}`).selectOption({ label: 'hamerstuk' });
    await live().getByText(`${GEO} is bijgewerkt.`).waitFor();

    await saveScreenshot(page, 'vergadering-samenstellen');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('sends the agenda to the directors and publishes it', async () => {
    await page.getByRole('button', { name: 'Agenda naar het directeurenoverleg sturen' }).click();
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await live().getByText('de status: agenda naar directeurenoverleg').waitFor();

    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await live().getByText('de status: agenda gepubliceerd').waitFor();

    await page.getByRole('button', { name: 'Agenda bekijken' }).click();
    await expect(page.locator('.bk-marks').textContent()).resolves.toContain('agenda gepubliceerd');
    const rows = page.getByRole('table', { name: /Agendapunten van/ }).locator('tbody tr');
    await expect(rows.nth(0).textContent()).resolves.toContain('hamerstuk');
    await expect(rows.nth(1).textContent()).resolves.toContain(LEGES);
  });
});
