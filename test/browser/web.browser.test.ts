// The built web app against the API on a throw-away embedded database, driven in Chromium.
// Build first: `npx nx run web:build`.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { METRICS } from '@candor/catalogue';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@candor/db';
import { loadConfig } from '@candor/api-platform';
import { DemoSeeder } from '@candor/api-submissions';
import { startApi, type RunningApi } from '../../apps/api/src/app/start-api';

jest.setTimeout(120_000);

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const WEB_DIST = root('dist/apps/web');
const SCREENSHOTS = root('test-output/browser');

interface TotalPoint {
  period: string;
  value: number | null;
  withheld: boolean;
}

/** Waits for the preview server's `READY <url>` line. */
function readyUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`Vite preview exited with code ${code} before it was ready:\n${output}`)),
    );
  });
}

describe('web app in Chromium', () => {
  let db: EmbeddedDatabase | undefined;
  let api: RunningApi | undefined;
  let server: ChildProcessWithoutNullStreams | undefined;
  let browser: Browser | undefined;
  let webUrl: string;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) {
      throw new Error(`${WEB_DIST}/index.html is missing: run npx nx run web:build first.`);
    }
    db = await startEmbeddedDatabase({});
    api = await startApi({
      ...loadConfig({ LOG_LEVEL: 'error' }),
      databaseUrl: db.url,
      demoData: 'off',
      apiPort: 0,
    });
    await api.app.get(DemoSeeder).seedIfEmpty({ hotlines: 4, companies: 3, years: 1 });

    server = spawn(process.execPath, [root('test/browser/support/preview-web.mjs'), api.url!]);
    webUrl = await readyUrl(server);

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  beforeEach(async () => {
    pageErrors = [];
    if (!browser) return;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterEach(async () => {
    if (page && !page.isClosed()) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.stdin.end();
      await exited;
    }
    await api?.close();
    await db?.stop();
  });

  async function networkTotals(metric: string, grain: string): Promise<TotalPoint[]> {
    const response = await fetch(`${api!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($metric: String!, $grain: TotalsGrain!) {
          networkTotals(metric: $metric, grain: $grain) { period value withheld }
        }`,
        variables: { metric, grain },
      }),
    });
    const body = (await response.json()) as { data: { networkTotals: TotalPoint[] } };
    return body.data.networkTotals;
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
