import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { accessibilityViolations, newDutchPage, saveScreenshot, signIn } from './support/journey';

/** Runs a GraphQL query in the page, with its session. */
function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}

describe('Decisions: recording, the besluitenlijst and search', () => {
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

  it('the director records a decision on the next DB meeting and drafts its besluitenlijst', async () => {
    await signIn(page, 'directeur@kempengemeenten.example');
    const { bodies } = await graphql<{ bodies: { nodes: { id: string }[] } }>(
      page,
      '{ bodies(kind: EXECUTIVE_BOARD) { nodes { id } } }',
    );
    const { meetings } = await graphql<{
      meetings: {
        nodes: { id: string; agendaItems: { title: string; proposal: { id: string } | null }[] }[];
      };
    }>(
      page,
      'query ($body: ID!, $from: DateTime) { meetings(bodyId: $body, from: $from, first: 1) { nodes { id agendaItems { title proposal { id } } } } }',
      {
        body: bodies.nodes[0]?.id,
        from: new Date().toISOString(),
      },
    );
    const meeting = meetings.nodes[0];
    const item = meeting?.agendaItems.find((candidate) => candidate.proposal === null);
    if (!meeting || !item)
      throw new Error('the demo data has no coming DB meeting with an item without a proposal');

    await page.goto(`${baseUrl()}/besluiten/vergadering/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: /^Besluiten: / }).waitFor();
    await page.getByRole('button', { name: `Besluit vastleggen over ${item.title}` }).click();
    await page.getByLabel('Tekst van het besluit').fill('Het DB neemt kennis van de mededelingen.');
    await page.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    await page.getByText('Het DB neemt kennis van de mededelingen.').waitFor();

    await page.getByRole('button', { name: 'Besluitenlijst opstellen' }).click();
    const list = page.getByRole('region', { name: 'Besluitenlijst' });
    await list.getByText('concept').waitFor();
    await expect(list.getByRole('link', { name: 'Besluitenlijst downloaden (pdf)' }).count()).resolves.toBe(
      1,
    );

    await saveScreenshot(page, 'besluiten-vergadering');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('finds decisions by a word, marks the matches, and shows another organisation none of them', async () => {
    await signIn(page, 'directeur@kempengemeenten.example');
    await page.goto(`${baseUrl()}/besluiten`);
    await page.getByRole('heading', { level: 2, name: 'Nieuwste besluiten' }).waitFor();
    await page.getByLabel('Zoeken naar').fill('leges');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /(resultaat|resultaten) voor "leges"/ });
    await heading.waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('leges');
    const kempenTitles = await page.locator('.bk-hit a').allTextContents();
    expect(kempenTitles.length).toBeGreaterThan(0);
    await expect(page.locator('.bk-hit mark').count()).resolves.toBeGreaterThan(0);
    await saveScreenshot(page, 'besluiten-zoeken');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    const other = await newDutchPage(browser);
    await signIn(other.page, 'directeur@noaberkracht.example');
    await other.page.goto(`${baseUrl()}/besluiten?q=leges`);
    await other.page
      .getByRole('heading', { level: 2, name: /(resultaat|resultaten) voor "leges"/ })
      .waitFor();
    const noaberTitles = await other.page.locator('.bk-hit a').allTextContents();
    await other.context.close();
    expect(noaberTitles.filter((title) => kempenTitles.includes(title))).toEqual([]);
  });
});
