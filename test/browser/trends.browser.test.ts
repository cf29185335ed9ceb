// The trends explorer in Chromium against the demo seed with its monthly, quarterly and yearly
// releases: the chart, its table and CSV against the API's series, filters in the URL, spike and
// note marks explained on focus and hover, a withheld point with its reason, the language switch
// and axe scans. Build first: `npx nx run web:build`.
import { mkdir, readFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { axeViolations, describeViolations } from './support/axe';
import { REVIEWER } from './support/demo-data';
import {
  graphql,
  openPage,
  root,
  sessionCookie,
  startWebStack,
  type WebStack,
} from './support/web-stack';

jest.setTimeout(300_000);

const SHOTS = root('test-output/screenshots');
const NOTE = 'A hotline started counting reports forwarded by the national police.';

interface Release {
  id: string;
  title: string;
  granularity: string;
  periodFrom: string;
  periodTo: string;
}

interface Point {
  period: string;
  value: number | null;
  suppression: string | null;
}

interface Flag {
  kind: string;
  metric: string;
  scope: string;
  period: string;
  data: { observed: number };
}

/** What the English table says for a gap (the `charts` namespace's reasons). */
const REASONS: Record<string, string> = {
  contributors: 'Withheld: too few organizations contribute',
  dominance: 'Withheld: one organization makes up most of the figure',
  small_count: 'Withheld: the count is too small to publish',
  secondary: 'Withheld so that another withheld figure cannot be worked out',
  not_published: 'Not published in this release',
};

const english = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const monthLabel = (code: string) => {
  const [year, month] = code.split('-');
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(year), Number(month) - 1, 1),
  );
};
// Intl uses narrow no-break spaces in French and Spanish; compare with plain spaces.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Every period of a release, from the test's own arithmetic. */
function periodsOf(release: Release): string[] {
  const parse = (code: string) => {
    const [year, part] = code.split('-');
    const index = !part ? 1 : part.startsWith('Q') ? Number(part.slice(1)) : Number(part);
    return { year: Number(year), index };
  };
  const perYear = { month: 12, quarter: 4, year: 1 }[release.granularity]!;
  const code = (year: number, index: number) =>
    release.granularity === 'month'
      ? `${year}-${String(index).padStart(2, '0')}`
      : release.granularity === 'quarter'
        ? `${year}-Q${index}`
        : String(year);
  let { year, index } = parse(release.periodFrom);
  const periods = [code(year, index)];
  while (periods.at(-1) !== release.periodTo && periods.length < 500) {
    index += 1;
    if (index > perYear) [year, index] = [year + 1, 1];
    periods.push(code(year, index));
  }
  return periods;
}

/** The CSV rows a chart of this series must download: every period, a gap with its reason. */
function expectedCsv(points: readonly Point[], periods: readonly string[]): string[][] {
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  return periods.map((period) => {
    const point = byPeriod.get(period);
    if (!point) return [period, '', 'not_published'];
    return point.suppression || point.value === null
      ? [period, '', point.suppression ?? 'not_published']
      : [period, String(point.value), ''];
  });
}

/** A CSV as rows of fields; the explorer's CSV quotes nothing (codes and numbers only). */
const parseCsv = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const expectAccessible = async (page: Page) =>
  expect(describeViolations(await axeViolations(page))).toEqual([]);

describe('trends explorer in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let monthly: Release;
  let quarterly: Release;
  let notePeriod: string;

  const latest = async (granularity: string) =>
    (
      await graphql<{ latestRelease: Release }>(
        stack!.api,
        'query ($g: String!) { latestRelease(granularity: $g) { id title granularity periodFrom periodTo } }',
        { g: granularity },
      )
    ).data.latestRelease;

  const series = async (
    releaseId: string,
    metric: string,
    options: { scope?: string; dimension?: string; value?: string } = {},
  ) =>
    (
      await graphql<{ series: Point[] }>(
        stack!.api,
        `
          query ($r: ID!, $m: String!, $s: String!, $d: String, $v: String) {
            series(releaseId: $r, metric: $m, scope: $s, dimension: $d, dimensionValue: $v) {
              period
              value
              suppression
            }
          }
        `,
        {
          r: releaseId,
          m: metric,
          s: options.scope ?? 'network',
          d: options.dimension ?? null,
          v: options.value ?? null,
        },
      )
    ).data.series;

  /** The explorer, once its chart has loaded. */
  async function open(path: string, options: { locale?: string } = {}) {
    const opened = await openPage(stack!.browser, options);
    await opened.page.goto(`${webUrl}${path}`);
    await chartReady(opened.page);
    return opened;
  }

  const chartReady = (page: Page) =>
    page.locator('.trends__result[data-state="ready"] .trends-frame').waitFor();

  const frame = (page: Page) => page.locator('section.trends-frame');

  /** The rows of the "show as table" view: period code and the cell's text. */
  async function tableRows(page: Page): Promise<[string, string][]> {
    const toggle = frame(page).locator('.chart-frame__actions button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return frame(page)
      .locator('table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-key') ?? '',
          row.querySelector('td')?.textContent ?? '',
        ]),
      ) as Promise<[string, string][]>;
  }

  /** What the table must say for a series: the figure in English, or the gap's reason. */
  const expectedTable = (points: readonly Point[], periods: readonly string[]) =>
    expectedCsv(points, periods).map(([period, value, reason]) => [
      period!,
      value ? english.format(Number(value)) : REASONS[reason!]!,
    ]);

  async function downloadCsv(page: Page): Promise<{ name: string; rows: string[][] }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame(page)
        .getByRole('link', { name: /^Download CSV/ })
        .click(),
    ]);
    const rows = parseCsv(await readFile((await download.path())!, 'utf8'));
    return { name: download.suggestedFilename(), rows };
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    // The npm start network's size over two years: no network total is withheld, so spikes are
    // found, and small countries are withheld in the breakdowns.
    stack = await startWebStack({ years: 2, hotlines: 12, companies: 8 });
    webUrl = stack.webUrl;
    const app = stack.api.app;
    await publishDemoRelease(app.get(DataSource), app.get(ReleasesService));
    monthly = await latest('month');
    quarterly = await latest('quarter');
    // A note of the public log on reports received, in the seventh month of the release.
    notePeriod = periodsOf(monthly)[6]!;
    const reviewer = await sessionCookie(stack.api, REVIEWER.email, REVIEWER.password);
    await graphql(
      stack.api,
      'mutation ($p: String!, $t: String!) { addAnnotation(metric: "hotline.reports.received", period: $p, text: $t) { id } }',
      { p: notePeriod, t: NOTE },
      reviewer,
    );
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('draws the latest monthly series, with a table and CSV of exactly the API’s figures', async () => {
    const { page, context, errors } = await open('/trends');
    await expect(page.title()).resolves.toBe('Trends explorer · Candor');
    await page.getByRole('heading', { level: 1, name: 'Trends explorer' }).waitFor();
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Trends' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(
      page.getByRole('complementary', { name: 'Source of these figures' }).textContent(),
    ).resolves.toContain(`“${monthly.title}”`);

    const periods = periodsOf(monthly);
    const points = await series(monthly.id, 'hotline.reports.received');
    expect(points.map((point) => point.period)).toEqual(periods);
    await frame(page).getByRole('heading', { name: 'Reports received' }).waitFor();
    await expect(frame(page).locator('.trends-selection').textContent()).resolves.toBe(
      `All organizations · Monthly, ${monthLabel(periods[0]!)} to ${monthLabel(periods.at(-1)!)}`,
    );
    // One dot per published figure, and a line through them.
    await expect(frame(page).locator('.recharts-line-dots circle').count()).resolves.toBe(
      points.filter((point) => point.value !== null).length,
    );
    await expect(frame(page).locator('.recharts-line-curve').getAttribute('d')).resolves.toMatch(
      /^M[\d.]+,[\d.]+L/,
    );
    const summary = await frame(page).locator('.chart-frame__summary').textContent();
    expect(summary).toContain(
      `Reports received went from ${english.format(points[0]!.value!)} in ${monthLabel(periods[0]!)} ` +
        `to ${english.format(points.at(-1)!.value!)} in ${monthLabel(periods.at(-1)!)}.`,
    );

    await expect(tableRows(page)).resolves.toEqual(expectedTable(points, periods));
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`network-month-v1-hotline.reports.received-network.csv`);
    expect(csv.rows[0]).toEqual(['period', 'value', 'suppression']);
    expect(csv.rows.slice(1)).toEqual(expectedCsv(points, periods));

    // The note of the public log: a mark on the chart, in words under it.
    const note = frame(page).locator('.trend-mark[data-mark="annotation"]');
    await expect(note.getAttribute('aria-label')).resolves.toBe(
      `Note from the public log, ${monthLabel(notePeriod)}`,
    );
    await expect(note.getAttribute('data-period')).resolves.toBe(notePeriod);
    const describedBy = (await note.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(NOTE);
    await note.focus();
    await expect(page.getByRole('tooltip').textContent()).resolves.toBe(
      `Note from the public log, ${monthLabel(notePeriod)}${NOTE}`,
    );
    await page.keyboard.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'detached', timeout: 2000 });

    await expectAccessible(page);
    await shot(page, 'trends');
    await page.setViewportSize({ width: 390, height: 844 });
    // The chart follows its box once the resize has been observed; then nothing is wider.
    await page.waitForFunction(
      () => document.documentElement.scrollWidth <= window.innerWidth,
      undefined,
      { timeout: 5000 },
    );
    await shot(page, 'trends-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the metric, organizations, granularity and scale in the URL, and a reload restores them', async () => {
    const { page, context, errors } = await open('/trends');

    await page.getByLabel('Figure', { exact: true }).selectOption('content.files.reported');
    await page.waitForURL(/\/trends\?metric=content\.files\.reported$/);
    await frame(page).getByRole('heading', { name: 'Files reported or actioned' }).waitFor();
    const organizations = page.getByLabel('Organizations', { exact: true });
    await expect(
      organizations
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
    ).resolves.toEqual(['network', 'hotlines', 'companies']);

    await organizations.selectOption('companies');
    await page.waitForURL(/\?metric=content\.files\.reported&scope=companies$/);
    await frame(page)
      .locator('.trends-selection', { hasText: /^Companies · Monthly/ })
      .waitFor();
    await expect(tableRows(page)).resolves.toEqual(
      expectedTable(
        await series(monthly.id, 'content.files.reported', { scope: 'companies' }),
        periodsOf(monthly),
      ),
    );

    await page.getByRole('link', { name: 'Quarterly' }).click();
    await page.waitForURL(/\?metric=content\.files\.reported&scope=companies&granularity=quarter$/);
    await frame(page)
      .locator('.trends-selection', { hasText: /^Companies · Quarterly/ })
      .waitFor();
    await expect(
      page.getByRole('complementary', { name: 'Source of these figures' }).textContent(),
    ).resolves.toContain(`“${quarterly.title}”`);
    const quarterlyPoints = await series(quarterly.id, 'content.files.reported', {
      scope: 'companies',
    });
    await expect(tableRows(page)).resolves.toEqual(
      expectedTable(quarterlyPoints, periodsOf(quarterly)),
    );

    // A shorter range: the table, and so the CSV, start there.
    const quarters = periodsOf(quarterly);
    await page.getByLabel('From', { exact: true }).selectOption(quarters[2]!);
    await page.waitForURL(new RegExp(`&granularity=quarter&from=${quarters[2]}$`));
    await frame(page)
      .locator('.trends-selection', { hasText: `Quarterly, Q${quarters[2]!.slice(-1)} ` })
      .waitFor();
    await expect(tableRows(page)).resolves.toEqual(
      expectedTable(quarterlyPoints, quarters.slice(2)),
    );

    await page.getByRole('link', { name: 'Logarithmic' }).click();
    await page.waitForURL(new RegExp(`&granularity=quarter&scale=log&from=${quarters[2]}$`));
    await frame(page)
      .getByText(/^Logarithmic scale: each gridline is ten times/)
      .waitFor();
    const ticks = await frame(page).locator('.recharts-yAxis-tick-labels text').allTextContents();
    // Powers of ten only, each ten times the one below.
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(tick).toMatch(/^(1|10|100)(K|M)?$/);
    const logUrl = page.url();
    await shot(page, 'trends-log');

    await page.reload();
    await chartReady(page);
    expect(page.url()).toBe(logUrl);
    await expect(page.getByLabel('Figure', { exact: true }).inputValue()).resolves.toBe(
      'content.files.reported',
    );
    await expect(organizations.inputValue()).resolves.toBe('companies');
    await expect(
      page.getByRole('link', { name: 'Quarterly' }).getAttribute('aria-current'),
    ).resolves.toBe('true');
    await expect(
      page.getByRole('link', { name: 'Logarithmic' }).getAttribute('aria-current'),
    ).resolves.toBe('true');
    await expect(tableRows(page)).resolves.toEqual(
      expectedTable(quarterlyPoints, quarters.slice(2)),
    );

    // Each filter change is a history entry: Back returns to the linear axis.
    await page.goBack();
    await page.waitForURL(new RegExp(`&granularity=quarter&from=${quarters[2]}$`));
    await frame(page).locator('.trends-selection').waitFor();
    await expect(
      frame(page)
        .getByText(/^Logarithmic scale/)
        .count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a spike on keyboard focus and on hover, and lists it under the chart', async () => {
    const { data } = await graphql<{ spikes: Flag[] }>(
      stack!.api,
      'query ($r: ID!) { spikes(releaseId: $r, scope: "network", limit: 50) { kind metric scope period data } }',
      { r: monthly.id },
    );
    const spike = data.spikes.find((flag) => flag.kind === 'spike');
    expect(spike).toBeDefined();
    const { page, context, errors } = await open(`/trends?metric=${spike!.metric}`);
    const mark = frame(page).locator(
      `.trend-mark[data-mark="spike"][data-period="${spike!.period}"]`,
    );
    await expect(mark.getAttribute('aria-label')).resolves.toBe(
      `Spike, ${monthLabel(spike!.period)}`,
    );

    // Keyboard: from the last filter, Tab reaches the marks, in period order.
    await page.getByRole('link', { name: 'Logarithmic' }).focus();
    let reached = false;
    for (let step = 0; step < 40 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await mark.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    const tooltip = page.getByRole('tooltip');
    const explanation = plain(await tooltip.locator('.trend-popup__text').textContent());
    expect(explanation).toMatch(
      new RegExp(
        `^In ${monthLabel(spike!.period)} the figure was ${english.format(spike!.data.observed)}, where about [\\d,]+ was expected`,
      ),
    );
    await expect(tooltip.locator('.trend-popup__title').textContent()).resolves.toBe(
      `Spike, ${monthLabel(spike!.period)}`,
    );
    // The same words are the mark's description, in the list under the chart.
    const describedBy = (await mark.getAttribute('aria-describedby'))!;
    const listed = page.locator(`[id="${describedBy}"]`);
    await expect(listed.textContent()).resolves.toBe(explanation);
    await expect(
      page
        .locator('.trend-marks-list li[data-mark="spike"]')
        .filter({ has: listed })
        .locator('.trend-marks-list__title')
        .textContent(),
    ).resolves.toBe(`Spike, ${monthLabel(spike!.period)}`);
    await expectAccessible(page);

    // Escape hides it and leaves focus on the mark; Enter shows it again.
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached', timeout: 2000 });
    await expect(mark.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await expect(tooltip.locator('.trend-popup__text').textContent()).resolves.toBe(explanation);
    // Leaving the mark by keyboard hides it.
    await page.keyboard.press('Shift+Tab');
    await tooltip.waitFor({ state: 'detached', timeout: 2000 });

    // Pointer: hovering shows it, leaving hides it.
    await mark.hover();
    await expect(tooltip.locator('.trend-popup__text').textContent()).resolves.toBe(explanation);
    await shot(page, 'trends-spike');
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached', timeout: 2000 });

    // Legend: each kind of mark shown has its own entry.
    const legend = await page.getByRole('list', { name: 'Legend' }).locator('li').allTextContents();
    expect(legend).toContain('Spike');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a withheld point as a gap with its reason, never a zero', async () => {
    const { data } = await graphql<{
      breakdown: { value: string; count: number | null; suppression: string | null }[];
    }>(
      stack!.api,
      'query ($r: ID!, $p: String!) { breakdown(releaseId: $r, metric: "hotline.urls.csam", dimension: "hosting_country", period: $p) { value count suppression } }',
      { r: quarterly.id, p: quarterly.periodTo },
    );
    const withheld = data.breakdown.find((item) => item.suppression && item.value !== 'unknown');
    expect(withheld).toBeDefined();
    const country = withheld!.value;
    const reason = withheld!.suppression!;
    const countryName = new Intl.DisplayNames('en', { type: 'region' }).of(country)!;

    const { page, context, errors } = await open(
      `/trends?metric=hotline.urls.csam&dimension=hosting_country&value=${country}&granularity=quarter`,
    );
    await expect(frame(page).locator('.trends-selection').textContent()).resolves.toContain(
      `Hosting country: ${countryName}`,
    );
    const points = await series(quarterly.id, 'hotline.urls.csam', {
      dimension: 'hosting_country',
      value: country,
    });
    const periods = periodsOf(quarterly);
    const last = points.find((point) => point.period === quarterly.periodTo)!;
    expect(last.value).toBeNull();
    expect(last.suppression).toBe(reason);

    // The note under the chart says why, in words.
    const note = frame(page).locator(`.chart-frame__gaps li[data-reason="${reason}"]`);
    await expect(note.textContent()).resolves.toMatch(
      new RegExp(`^No figure for .+\\. ${REASONS[reason]!}\\.$`),
    );
    // The chart draws no point there, and a dashed rule marks each gap.
    const gaps = expectedCsv(points, periods).filter(([, value]) => value === '');
    await expect(frame(page).locator('.recharts-reference-line').count()).resolves.toBe(
      gaps.length,
    );
    await expect(frame(page).locator('.recharts-line-dots circle').count()).resolves.toBe(
      periods.length - gaps.length,
    );
    // The table gives the reason, the CSV an empty value with the reason's code.
    const table = await tableRows(page);
    expect(table).toEqual(expectedTable(points, periods));
    expect(table.find(([period]) => period === quarterly.periodTo)?.[1]).toBe(REASONS[reason]);
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(
      `network-quarter-v1-hotline.urls.csam-network-hosting-country-${country.toLowerCase()}.csv`,
    );
    expect(csv.rows.slice(1)).toEqual(expectedCsv(points, periods));
    expect(csv.rows.find(([period]) => period === quarterly.periodTo)).toEqual([
      quarterly.periodTo,
      '',
      reason,
    ]);
    // Breakdowns are not searched for spikes: the page says so.
    await page
      .getByText(/^Spikes and level shifts are looked for in the totals for all organizations only/)
      .waitFor();
    await expectAccessible(page);
    await shot(page, 'trends-withheld');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to Spanish, keeping the view in the URL, with nothing left in English', async () => {
    const { page, context, errors } = await open(
      '/trends?metric=hotline.urls.csam&dimension=content_type&value=video&granularity=quarter',
    );
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(
      /\/trends\?metric=hotline\.urls\.csam&dimension=content_type&value=video&granularity=quarter&lang=es$/,
    );
    await page.getByRole('heading', { level: 1, name: 'Explorador de tendencias' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.title()).resolves.toBe('Explorador de tendencias · Candor');
    await chartReady(page);
    const quarter = (code: string) => `T${code.slice(-1)} ${code.slice(0, 4)}`;
    await expect(frame(page).locator('.trends-selection').textContent()).resolves.toBe(
      'Todas las organizaciones · Tipo de contenido: Vídeos · ' +
        `Trimestral, de ${quarter(quarterly.periodFrom)} a ${quarter(quarterly.periodTo)}`,
    );
    const points = await series(quarterly.id, 'hotline.urls.csam', {
      dimension: 'content_type',
      value: 'video',
    });
    const last = points.at(-1)!;
    const spanish = new Intl.NumberFormat('es', { maximumFractionDigits: 0 });
    await frame(page)
      .getByRole('button', { name: /^Mostrar como tabla/ })
      .click();
    await expect(
      plain(await frame(page).locator(`tr[data-key="${last.period}"] td`).textContent()),
    ).toBe(plain(spanish.format(last.value!)));

    const text = plain(await page.locator('main').innerText());
    for (const word of [
      'Trends',
      'Figure',
      'Organizations',
      'Breakdown',
      'Monthly',
      'Quarterly',
      'Linear',
      'Logarithmic',
      'Show as table',
      'Download CSV',
      'Spike',
      'Level shift',
      'Withheld',
      'Not published',
      'URLs of child',
      'Hosting country',
      'Videos',
    ])
      expect(text).not.toContain(word);
    await expectAccessible(page);
    await shot(page, 'trends-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a pinned release does not exist', async () => {
    const { page, context } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/trends?release=00000000-0000-4000-8000-000000000000`);
    await page.getByText('There is no published release with this id.').waitFor();
    await page.getByRole('link', { name: 'Show the latest release' }).click();
    await page.waitForURL(new RegExp(`${webUrl}/trends$`));
    await chartReady(page);
    await expect(
      page.getByRole('complementary', { name: 'Source of these figures' }).textContent(),
    ).resolves.toContain(`“${monthly.title}”`);
    await context.close();
  });
});
