// Transparency reports end to end in Chromium, against the embedded demo: a reviewer builds and
// publishes the network's annual report in the report builder, a company admin builds a release of
// its own figures and publishes its quarterly report; both are read as web pages by anonymous
// visitors and downloaded as PDF (printed by the API's headless Chromium from the web page), CSV
// and JSON. The PDF's text (pdftotext) carries the JSON's key figures, a table of contents whose
// page numbers are right, and page numbers. Build first: `npx nx run web:build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { axeViolations, describeViolations } from './support/axe';
import { REVIEWER } from './support/demo-data';
import { openPage, root, startWebStack, type WebStack } from './support/web-stack';

jest.setTimeout(300_000);

const SCREENSHOTS = root('test-output/screenshots');
const COMPANY_ADMIN = { email: 'admin@company.demo', password: 'demo-company-admin-2026' };
const SECTIONS = [
  'Key figures',
  'Trends',
  'Takedown times',
  'Known content and re-sharing',
  'Hosting countries',
  'Corrections since the previous release',
  'Methodology',
  'Data appendix',
];

interface KeyFigure {
  id: string;
  kind: string;
  value: number | null;
}
interface ReportJson {
  titlePage: { title: string; scope: string; checksum: string | null };
  keyFigures: KeyFigure[];
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

async function signIn(page: Page, account: { email: string; password: string }, back: RegExp) {
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(back);
}

/** The text of a PDF (or of one page of it), as `pdftotext -layout` reads it. */
function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' });
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe('transparency reports in Chromium', () => {
  let stack: WebStack | undefined;
  const published: Record<'annual' | 'company', string> = { annual: '', company: '' };

  const download = async (path: string) => {
    const response = await fetch(`${stack!.webUrl}${path}`);
    expect(response.status).toBe(200);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      type: response.headers.get('content-type'),
    };
  };

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    // Three years, so that the yearly release covers two whole years (a change to report).
    stack = await startWebStack({ years: 3, hotlines: 6, companies: 3 });
    const app = stack.api.app;
    await publishDemoRelease(app.get(DataSource), app.get(ReleasesService));
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('a reviewer builds, previews and publishes the network’s annual report', async () => {
    const { context, page, errors } = await openPage(stack!.browser);
    await page.goto(`${stack!.webUrl}/reports/builder`);
    await page.waitForURL(/\/sign-in\?/);
    await signIn(page, REVIEWER, /\/reports\/builder$/);
    await page.getByRole('heading', { level: 1, name: 'Report builder' }).waitFor();
    await page.getByLabel('Demo network, yearly figures').check();
    await page.getByLabel('Whole network').check();
    await page.getByLabel('English').check();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByText('The preview is ready, below.').waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shot(page, 'report-builder-preview');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('The report is published.').waitFor();
    const link = page.getByRole('link', { name: 'Open the report page' });
    published.annual = new URL((await link.getAttribute('href'))!, stack!.webUrl).pathname;
    expect(published.annual).toMatch(/^\/reports\/[0-9a-f-]{36}\/network\/en$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('anyone reads it as a web page and finds it in the list of reports', async () => {
    const { context, page, errors } = await openPage(stack!.browser);
    await page.goto(`${stack!.webUrl}/reports`);
    await page
      .getByRole('link', { name: /Demo network, yearly figures/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === published.annual);
    await page.getByRole('heading', { level: 1, name: /Demo network, yearly figures/ }).waitFor();
    for (const section of SECTIONS)
      await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
    await page.getByRole('link', { name: 'PDF' }).first().waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shot(page, 'report-annual');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the annual report as PDF whose text carries the JSON’s key figures, a right table of contents and page numbers', async () => {
    const base = `/api/reports${published.annual.slice('/reports'.length)}`;
    const json = await download(`${base}/report.json`);
    const report = JSON.parse(new TextDecoder().decode(json.bytes)) as ReportJson;
    const csv = await download(`${base}/report.csv`);
    expect(new TextDecoder().decode(csv.bytes).split('\n')[0]).toBe(
      'section,item,metric,period,dimension,dimension_value,measure,value,withheld',
    );
    const pdf = await download(`${base}/report.pdf`);
    expect(pdf.type).toBe('application/pdf');
    const path = root('test-output/browser/annual-report.pdf');
    await writeFile(path, pdf.bytes);

    const text = pdfText(path);
    const pages = pdfPages(path);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain(report.titlePage.checksum!);
    const counts = report.keyFigures.filter((f) => f.kind === 'count' && f.value !== null);
    expect(counts.length).toBeGreaterThanOrEqual(2);
    for (const figure of counts)
      expect(text).toContain(new Intl.NumberFormat('en').format(figure.value!));

    // The table of contents lists every section with the page its heading is printed on.
    const contents = pdfText(path, 2);
    expect(contents).toContain('Contents');
    for (const section of SECTIONS) {
      const line = new RegExp(`${section}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
      expect(line).not.toBeNull();
      const page = Number(line![1]);
      expect(page).toBeGreaterThan(2);
      expect(page).toBeLessThanOrEqual(pages);
      expect(pdfText(path, page)).toContain(section);
    }

    // The same report printed again: the same text (the bytes differ only in Chromium's dates).
    const app = stack!.api.app;
    await app.get(DataSource).query('UPDATE report SET pdf = NULL, pdf_sha256 = NULL');
    const again = await download(`${base}/report.pdf`);
    const againPath = root('test-output/browser/annual-report-again.pdf');
    await writeFile(againPath, again.bytes);
    expect(pdfText(againPath)).toBe(text);
    // The stored PDF is what later downloads get, byte for byte.
    const third = await download(`${base}/report.pdf`);
    expect(sha256(third.bytes)).toBe(sha256(again.bytes));
  });

  it('a company admin builds a release of its own figures and publishes its quarterly report', async () => {
    const { context, page, errors } = await openPage(stack!.browser);
    await page.goto(`${stack!.webUrl}/sign-in?next=%2Freports%2Fbuilder`);
    await signIn(page, COMPANY_ADMIN, /\/reports\/builder$/);
    await page
      .getByRole('heading', { level: 2, name: 'Build a release of your own figures' })
      .waitFor();
    await page.getByLabel('First period').fill('2025-Q3');
    await page.getByLabel('Last period').fill('2026-Q2');
    await page.getByRole('button', { name: 'Build the release' }).click();
    const release = page.getByRole('radio', { name: /own figures 2025-Q3 to 2026-Q2/ });
    await release.waitFor();
    // Built in the background: the builder polls until the release can be picked.
    for (let i = 0; i < 60 && !(await release.isEnabled()); i++) await page.waitForTimeout(1000);
    await release.check();
    const scope = page.locator('fieldset', { hasText: 'Step 2' }).getByRole('radio').first();
    await scope.check();
    await page.getByLabel('English').check();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByText('The preview is ready, below.').waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('The report is published.').waitFor();
    const link = page.getByRole('link', { name: 'Open the report page' });
    published.company = new URL((await link.getAttribute('href'))!, stack!.webUrl).pathname;
    expect(decodeURIComponent(published.company)).toMatch(
      /^\/reports\/[0-9a-f-]{36}\/organization:[a-z0-9-]+\/en$/,
    );
    await shot(page, 'report-builder-company');
    expect(errors).toEqual([]);
    await context.close();

    const base = `/api/reports${published.company.slice('/reports'.length)}`;
    const json = await download(`${base}/report.json`);
    const report = JSON.parse(new TextDecoder().decode(json.bytes)) as ReportJson;
    expect(report.titlePage.scope).toMatch(/^organization:/);
    // A company's own report leads with what companies submit.
    expect(report.keyFigures.map((f) => f.id)).toContain('cybertipline');
    expect((await download(`${base}/report.csv`)).bytes.length).toBeGreaterThan(100);
    const pdf = await download(`${base}/report.pdf`);
    const path = root('test-output/browser/company-report.pdf');
    await writeFile(path, pdf.bytes);
    const text = pdfText(path);
    for (const figure of report.keyFigures.filter((f) => f.kind === 'count' && f.value !== null))
      expect(text).toContain(new Intl.NumberFormat('en').format(figure.value!));
  });
});
