import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

describe('Home: what needs my attention', () => {
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

  async function home(email: string): Promise<void> {
    await signIn(page, email);
    await page.locator('[aria-busy=false]').waitFor();
  }

  it("shows a gemeentesecretaris their gemeente's tasks and no menu item for administration", async () => {
    await home('gemeentesecretaris@bladel.example');

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Welkom, /);
    const menu = await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link')
      .allTextContents();
    expect(menu.map((text) => text.trim())).toEqual(
      expect.arrayContaining(['Overzicht', 'Vergaderingen', 'Voorbereiding DB', 'Taken']),
    );
    expect(menu.map((text) => text.trim())).not.toContain('Beheer');
    await saveScreenshot(page, 'overzicht-gemeentesecretaris');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('shows the director the agendas to publish, with no axe violations', async () => {
    await home('directeur@kempengemeenten.example');

    await saveScreenshot(page, 'overzicht-directeur');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('works on a tablet: nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await home('directeur@kempengemeenten.example');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await saveScreenshot(page, 'overzicht-tablet');
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
