// The public pages of the built web app against the API on a throw-away embedded database,
// driven in Chromium. Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { METRICS } from '@candor/catalogue';
import { axeViolations } from './support/axe';
import { openPage, SCREENSHOTS, startWebStack, type WebStack } from './support/web-stack';

jest.setTimeout(120_000);

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

  it('opens on the public overview, which says when nothing is published yet', async () => {
    // This stack publishes no release: the overview must say so rather than show empty figures.
    await page.goto(`${webUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Child sexual abuse material: what the network reports',
    );
    await page.getByText('No release has been published at this granularity yet.').waitFor();
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Overview' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(page.locator('.headline-grid').count()).resolves.toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/overview-empty.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('lists every metric of the catalogue', async () => {
    await page.goto(`${webUrl}/catalogue`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Metric catalogue');
    await page.locator('.metric-card').first().waitFor();
    const codes = await page.locator('.metric-card__code').allTextContents();
    expect(codes.sort()).toEqual(METRICS.map((metric) => metric.code).sort());
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue.png`, fullPage: true });
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('has an accessible sign-in page', async () => {
    await page.goto(`${webUrl}/sign-in`);
    await page.getByLabel('E-mail address').waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('switches to French and keeps the language in the URL', async () => {
    await page.goto(`${webUrl}/`);
    await page.getByText('No release has been published at this granularity yet.').waitFor();
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/[?&]lang=fr\b/);
    await page
      .getByRole('heading', { level: 1, name: 'Contenus pédocriminels : ce que signale le réseau' })
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await page.getByText('Aucune publication n’existe encore pour cette périodicité.').waitFor();

    await page.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await page.waitForURL(/\/catalogue\?lang=fr$/);
    await page.getByRole('heading', { level: 1, name: 'Catalogue des indicateurs' }).waitFor();
    await page.locator('.metric-card').first().waitFor();
    await expect(page.locator('.facts dt').first().textContent()).resolves.toBe('Transmis par');
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue-fr.png` });
    expect(pageErrors).toEqual([]);
  });
});
