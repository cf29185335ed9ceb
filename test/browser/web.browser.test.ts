// The public pages of the built web app against the API on a throw-away embedded database,
// driven in Chromium. Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { METRICS } from '@candor/catalogue';
import { graphql, openPage, SCREENSHOTS, startWebStack, type WebStack } from './support/web-stack';

jest.setTimeout(120_000);

interface TotalPoint {
  period: string;
  value: number | null;
  withheld: boolean;
}

describe('web app in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    stack = await startWebStack();
    webUrl = stack.webUrl;
  });

  beforeEach(async () => {
    if (!stack) return;
    ({ page, errors: pageErrors } = await openPage(stack.browser));
  });

  afterEach(async () => {
    if (page && !page.isClosed()) await page.context().close();
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function networkTotals(metric: string, grain: string): Promise<TotalPoint[]> {
    const { data } = await graphql<{ networkTotals: TotalPoint[] }>(
      stack!.api,
      `
        query ($metric: String!, $grain: TotalsGrain!) {
          networkTotals(metric: $metric, grain: $grain) {
            period
            value
            withheld
          }
        }
      `,
      { metric, grain },
    );
    return data.networkTotals;
  }

  it('draws the trends preview with data, a table view and a text summary', async () => {
    const expected = await networkTotals('hotline.reports.csam', 'month');
    expect(expected.some((point) => point.value !== null)).toBe(true);

    await page.goto(`${webUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Trends (preview)');
    const line = page.locator('.recharts-line-curve').first();
    await line.waitFor();
    expect((await line.getAttribute('d'))?.length).toBeGreaterThan(20);
    await expect(page.locator('figure figcaption').textContent()).resolves.toContain(
      'network total per month',
    );
    await expect(page.locator('.series-summary p').textContent()).resolves.toMatch(/^From /);

    await page.getByRole('button', { name: 'Show as table' }).click();
    const rows = page.locator('.data-table tbody tr');
    await expect(rows.count()).resolves.toBe(expected.length);
    const cells = await page.locator('.data-table tbody td').allTextContents();
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    expect(cells).toEqual(
      expected.map((point) =>
        point.withheld || point.value === null ? 'Withheld' : format.format(point.value),
      ),
    );
    expect(cells.some((cell) => /^\d{1,3}(,\d{3})+$/.test(cell))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/trends.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('lists every metric of the catalogue', async () => {
    await page.goto(`${webUrl}/catalogue`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Metric catalogue');
    await page.locator('.metric-card').first().waitFor();
    const codes = await page.locator('.metric-card__code').allTextContents();
    expect(codes.sort()).toEqual(METRICS.map((metric) => metric.code).sort());
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('switches to French and keeps the language in the URL', async () => {
    await page.goto(`${webUrl}/`);
    await page.locator('.recharts-line-curve').first().waitFor();
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/[?&]lang=fr\b/);
    await page.getByRole('heading', { level: 1, name: 'Tendances (aperçu)' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(
      page.getByRole('button', { name: 'Afficher sous forme de tableau' }).count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/trends-fr.png`, fullPage: true });

    await page.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await page.waitForURL(/\/catalogue\?lang=fr$/);
    await page.getByRole('heading', { level: 1, name: 'Catalogue des indicateurs' }).waitFor();
    await page.locator('.metric-card').first().waitFor();
    await expect(page.locator('.facts dt').first().textContent()).resolves.toBe('Transmis par');
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue-fr.png` });
    expect(pageErrors).toEqual([]);
  });
});
