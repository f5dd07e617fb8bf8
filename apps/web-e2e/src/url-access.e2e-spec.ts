import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { newDutchPage, signIn } from './support/journey';

const LIMITED_TITLE = 'Pilot Wmo-loket aan huis Reusel-De Mierden';

/**
 * Journey 4: an item limited to one gemeente (the demo's Wmo pilot for Reusel-De Mierden) opened by URL. Its
 * gemeente reads it; a gemeentesecretaris of another gemeente gets the same answer as for an address that does not
 * exist, and the title is nowhere: not on the page, not in the tab title, not in any answer the browser received.
 */
describe('A gemeente-limited item, reached by URL', () => {
  let browser: Browser;
  let proposalId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const { context, page } = await newDutchPage(browser);
    await signIn(page, 'directeur@kempengemeenten.example');
    proposalId = await page.evaluate(async (title) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ proposals(first: 200) { nodes { id title } } }' }),
      });
      const body = (await response.json()) as {
        data: { proposals: { nodes: { id: string; title: string }[] } };
      };
      const found = body.data.proposals.nodes.find((proposal) => proposal.title === title);
      if (!found) throw new Error(`the demo data has no proposal "${title}"`);
      return found.id;
    }, LIMITED_TITLE);
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page has its answer: a heading, no loading indicator, no request under way. */
  async function settled(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('bk-loading-indicator').waitFor({ state: 'detached' });
  }

  async function openAs(email: string): Promise<{ context: BrowserContext; page: Page; answers: string[] }> {
    const { context, page } = await newDutchPage(browser);
    await signIn(page, email);
    const answers: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql'))
        void response.text().then(
          (text) => answers.push(text),
          () => undefined,
        );
    });
    await page.goto(`${baseUrl()}/voorstellen/${proposalId}`);
    await settled(page);
    return { context, page, answers };
  }

  it('is read by the gemeente it is limited to', async () => {
    const { context, page } = await openAs('gemeentesecretaris@reusel-demierden.example');

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(LIMITED_TITLE);
    await expect(page.getByText('Alleen voor Reusel-De Mierden').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('looks to another gemeente exactly like an item that does not exist', async () => {
    const limited = await openAs('gemeentesecretaris@bladel.example');
    const limitedText = await limited.page.locator('main').innerText();
    const limitedTitle = await limited.page.title();
    await limited.context.close();
    const missing = await (async () => {
      const { context, page } = await newDutchPage(browser);
      await signIn(page, 'gemeentesecretaris@bladel.example');
      await page.goto(`${baseUrl()}/voorstellen/00000000-0000-4000-8000-000000000000`);
      await settled(page);
      const text = await page.locator('main').innerText();
      const title = await page.title();
      await context.close();
      return { text, title };
    })();

    expect({ text: limitedText, title: limitedTitle }).toEqual(missing);
    expect(
      [limitedText, limitedTitle, ...limited.answers].filter((text) => text.includes('Wmo-loket')),
    ).toEqual([]);
  });
});
