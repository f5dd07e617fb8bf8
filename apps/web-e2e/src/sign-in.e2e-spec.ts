import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  newDutchPage,
  saveScreenshot,
  signIn,
} from './support/journey';

describe('Signing in and out', () => {
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

  it('sends a visitor to the sign-in page, and back to where they were going after signing in', async () => {
    await page.goto(`${baseUrl()}/meldingen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/meldingen');

    await page.getByLabel('E-mailadres').fill('directeur@kempengemeenten.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/meldingen');
  });

  it('says in Dutch that the e-mail address or password is wrong, and keeps the person on the page', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByLabel('E-mailadres').fill('directeur@kempengemeenten.example');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Het e-mailadres of wachtwoord klopt niet',
    );
    await expect(page.getByLabel('Wachtwoord').inputValue()).resolves.toBe('');
  });

  it('signs out: the session is gone and pages ask to sign in again', async () => {
    await signIn(page, 'gemeentesecretaris@bladel.example');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
    await page.goto(`${baseUrl()}/`);

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  it('handles a session that ends on the server: the next page asks to sign in again, and returns there', async () => {
    await signIn(page, 'gemeentesecretaris@bladel.example');
    const cookies = await context.cookies();
    // The server ends the session (as when it expires or is revoked); the browser keeps its old cookie.
    await page.evaluate(() =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { logOut }' }),
      }),
    );
    await context.addCookies(cookies);

    await page.goto(`${baseUrl()}/meldingen`);

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill('gemeentesecretaris@bladel.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
  });

  it('sign-in page: in Dutch, the first Tab reaches the skip link, no axe violations', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Direct naar de inhoud',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');

    await saveScreenshot(page, 'inloggen');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('notifications page: no axe violations', async () => {
    await signIn(page, 'directeur@kempengemeenten.example');
    await page.goto(`${baseUrl()}/meldingen`);
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.locator('[aria-busy=false]').waitFor();

    await saveScreenshot(page, 'meldingen');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('shows "Pagina niet gevonden" for an address that does not exist', async () => {
    await page.goto(`${baseUrl()}/bestaat-niet`);

    // the lazily loaded page renders after navigation: wait for its heading rather than read the shell's first h1
    const heading = page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' });
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toBe('Pagina niet gevonden');
    await expect(page.title()).resolves.toBe('Pagina niet gevonden – Bestuurskracht');
  });
});
