// The takedown-times and known-content pages in Chromium against the demo seed with its
// published releases: figures from the API, a granularity change in the chart and the URL, the
// table view and CSV against the API, a withheld period with its reason, the language switch,
// axe scans and screenshots. Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import {
  downloadCsv,
  parseCsv,
  plain,
  publicPagesLifecycle,
  quarterLabel,
  SHOTS,
  type PublicRelease,
} from './support/public-pages';
import { graphql, type WebStack } from './support/web-stack';

jest.setTimeout(300_000);

interface Statistic {
  kind: string;
  metric: string;
  period: string;
  data: Record<string, unknown>;
}

interface TakedownDescription {
  notified: number;
  removed: number;
  notRemoved: number;
  within24h: number;
  within72h: number;
  within7d: number;
  median: { kind: string; from?: number; to?: number; point?: number; cutoffHours?: number | null };
  p90: { kind: string; from?: number; to?: number; point?: number; cutoffHours?: number | null };
}

const REASONS: Record<string, string> = {
  contributors: 'Withheld: too few organizations contribute',
  dominance: 'Withheld: one organization makes up most of the figure',
  not_published: 'Not published in this release',
};
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
/** A duration as the English page says it: hours under three days, days from then on. */
const duration = (hours: number) =>
  new Intl.NumberFormat('en', {
    style: 'unit',
    unit: hours >= 72 ? 'day' : 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(hours >= 72 ? hours / 24 : hours);
/** A time band as the English page says it, in the unit of its lower edge: "12–24 hours". */
const band = (from: number, to: number) =>
  new Intl.NumberFormat('en', {
    style: 'unit',
    unit: from >= 72 ? 'day' : 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).formatRange(from >= 72 ? from / 24 : from, from >= 72 ? to / 24 : to);

/** The CSV a chart frame's download link holds, parsed, without downloading it. */
async function frameCsv(frame: Locator): Promise<string[][]> {
  const href = await frame.getByRole('link', { name: /^Download CSV/ }).getAttribute('href');
  expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
  return parseCsv(decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, '')));
}

/** Reads until the value is as expected (the page re-renders after a URL change), then asserts. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const expectAccessible = async (page: Page) =>
  expect(describeViolations(await axeViolations(page))).toEqual([]);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

describe('takedown-times and known-content pages in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let page: Page;
  let pageErrors: string[];
  let quarterly: PublicRelease;
  let monthly: PublicRelease;

  const statistics = async (query: 'takedownTimes' | 'redistribution', releaseId: string) =>
    (
      await graphql<Record<string, Statistic[]>>(
        stack!.api,
        `query ($r: ID!) { ${query}(releaseId: $r, scope: "network") { kind metric period data } }`,
        { r: releaseId },
      )
    ).data[query]!;

  const spikesOf = async (metric: string, releaseId: string) =>
    (
      await graphql<{ spikes: Statistic[] }>(
        stack!.api,
        'query ($m: String!, $r: ID!) { spikes(metric: $m, releaseId: $r, scope: "network", limit: 200) { kind metric period data } }',
        { m: metric, r: releaseId },
      )
    ).data.spikes;

  const frame = (title: string | RegExp) =>
    page.locator('section.chart-frame', {
      has: page.getByRole('heading', { level: 2, name: title }),
    });

  // The npm start network's size over two years, so quarterly releases have every figure.
  publicPagesLifecycle(
    { seed: { years: 2, hotlines: 12, companies: 8 }, publish: 'if-none' },
    (ready) => ({ stack, webUrl, quarterly, monthly } = ready),
    (fresh) => ({ page, errors: pageErrors } = fresh),
  );

  it('shows the takedown times of the latest quarterly release, with no serious axe violation', async () => {
    const rows = (await statistics('takedownTimes', quarterly.id))
      .filter((row) => row.metric === 'hotline.takedown')
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    const last = rows.at(-1)!;
    expect(last.period).toBe(quarterly.periodTo);
    expect(last.data['publishable']).toBe(true);
    const description = last.data['description'] as TakedownDescription;
    expect(description.median.kind).toBe('within');

    await page.goto(`${webUrl}/takedown`);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'How quickly child sexual abuse material is taken down',
      })
      .waitFor();
    await expect(page.title()).resolves.toBe('Takedown times · Candor');
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Takedown times' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(
      page.getByRole('complementary', { name: 'Source of these figures' }).textContent(),
    ).resolves.toContain(`“${quarterly.title}”, version ${quarterly.version}`);

    // The stacked bars: five bands per period, drawn for every published period.
    const bands = frame('Time to removal, period by period');
    await bands.locator('.recharts-bar-rectangle').first().waitFor();
    await expect(
      bands.getByRole('img', { name: 'Time to removal, period by period' }).count(),
    ).resolves.toBe(1);
    const within24h = percent.format(Number(description.within24h.toFixed(3)));
    const notRemoved = percent.format(
      Number((description.notRemoved / description.notified).toFixed(3)),
    );
    const summary = await bands.locator('.chart-frame__summary').textContent();
    expect(summary).toContain(`Latest period with figures: ${quarterLabel(last.period)}.`);
    expect(summary).toContain(`Within 24 hours: ${within24h}`);
    expect(summary).toContain(`Not removed by the cut-off: ${notRemoved}.`);
    await expect(bands.locator('.chart-legend li').allTextContents()).resolves.toEqual([
      'Within 24 hours',
      '24 hours to 3 days',
      '3–7 days',
      'After more than 7 days',
      'Not removed by the cut-off',
    ]);

    // The median and 90th percentile, in words, with the band each falls in.
    const quantiles = page.locator('section.quantiles');
    await expect(quantiles.locator('tbody tr').count()).resolves.toBe(rows.length);
    const lastRow = quantiles.locator(`tbody tr[data-key="${last.period}"]`);
    const cells = await lastRow.locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual([
      duration(description.median.point!),
      band(description.median.from!, description.median.to!),
    ]);
    expect(cells.slice(2)).toEqual([
      duration(description.p90.point!),
      band(description.p90.from!, description.p90.to!),
    ]);
    await expect(quantiles.locator('.quantiles__latest').textContent()).resolves.toBe(
      `In ${quarterLabel(last.period)}, half of the items were removed within about ` +
        `${duration(description.median.point!)} (${cells[1]}), and nine in ten within about ` +
        `${cells[2]} (${cells[3]}).`,
    );

    // Takedown times by hosting country are not published: the page says so and links the method.
    const note = page.locator('[data-note="hosting-country"]');
    await expect(note.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'By hosting country',
    );
    await expect(
      note
        .getByRole('link', { name: 'How takedown times are measured and published' })
        .getAttribute('href'),
    ).resolves.toBe('/methodology#metric-hotline.takedown');

    await expectAccessible(page);
    await shot(page, 'takedown');
    await page.setViewportSize({ width: 390, height: 844 });
    // Charts resize on the next frames: wait for the layout to settle rather than read it once.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);
    await shot(page, 'takedown-phone');
    expect(pageErrors).toEqual([]);
  });

  it('shows as a table and downloads as CSV exactly the shares the API publishes', async () => {
    const rows = (await statistics('takedownTimes', quarterly.id))
      .filter((row) => row.metric === 'hotline.takedown')
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    await page.goto(`${webUrl}/takedown`);
    const shares = frame('Share removed within 24 hours, 3 days and 7 days');
    await shares.locator('.recharts-line').first().waitFor();

    const toggle = shares.locator('.chart-frame__actions button');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const table = await shares
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-key'),
          ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent),
        ]),
      );

    const { name, rows: csv } = await downloadCsv(page, shares);
    expect(name).toBe(`${quarterly.series}-v${quarterly.version}-hotline.takedown-within.csv`);
    expect(csv[0]).toEqual([
      'period',
      'within_24h',
      'within_24h_suppression',
      'within_3d',
      'within_3d_suppression',
      'within_7d',
      'within_7d_suppression',
    ]);
    // The CSV is the API's shares, rounded as shown…
    expect(csv.slice(1)).toEqual(
      rows.map((row) => {
        const d = row.data['description'] as TakedownDescription;
        return [
          row.period,
          d.within24h.toFixed(3),
          '',
          d.within72h.toFixed(3),
          '',
          d.within7d.toFixed(3),
          '',
        ];
      }),
    );
    // …and the table shows the same figures, as percentages.
    expect(table).toEqual(
      csv
        .slice(1)
        .map(([period, day, , threeDays, , week]) => [
          period,
          percent.format(Number(day)),
          percent.format(Number(threeDays)),
          percent.format(Number(week)),
        ]),
    );

    // The median and 90th percentile CSV: band edges and estimates in hours.
    const quantileCsv = (await downloadCsv(page, page.locator('section.quantiles'))).rows;
    expect(quantileCsv.slice(1)).toEqual(
      rows.map((row) => {
        const { median, p90 } = row.data['description'] as TakedownDescription;
        const hours = (value: number) => value.toFixed(1);
        return [
          row.period,
          ...[median, p90].flatMap((q) =>
            q.kind === 'within'
              ? [hours(q.from!), '', hours(q.to!), '', hours(q.point!), '']
              : [
                  q.cutoffHours == null ? '' : hours(q.cutoffHours),
                  q.cutoffHours == null ? 'beyond_cutoff' : '',
                  '',
                  'beyond_cutoff',
                  '',
                  'beyond_cutoff',
                ],
          ),
        ];
      }),
    );
    await shot(page, 'takedown-table');
    expect(pageErrors).toEqual([]);
  });

  it('changes the granularity in the chart and the URL', async () => {
    await page.goto(`${webUrl}/takedown`);
    const bands = frame('Time to removal, period by period');
    await bands.locator('.recharts-bar-rectangle').first().waitFor();
    const quarterlyCsv = await frameCsv(bands);
    expect(
      quarterlyCsv
        .slice(1)
        .map(([period]) => period)
        .at(-1),
    ).toBe(quarterly.periodTo);

    const switcher = page.locator('.grain-switch[data-param="granularity"]');
    await expect(
      switcher.getByRole('link', { name: 'Quarterly' }).getAttribute('aria-current'),
    ).resolves.toBe('true');
    await switcher.getByRole('link', { name: 'Monthly' }).click();
    await page.waitForURL(/\/takedown\?granularity=month$/);
    await page.locator('.release-source', { hasText: monthly.title }).waitFor();
    await expect(
      switcher.getByRole('link', { name: 'Monthly' }).getAttribute('aria-current'),
    ).resolves.toBe('true');

    const monthlyRows = (await statistics('takedownTimes', monthly.id))
      .filter((row) => row.metric === 'hotline.takedown')
      .map((row) => row.period)
      .sort();
    await eventually(
      async () => (await frameCsv(bands)).slice(1).map(([period]) => period),
      monthlyRows,
    );
    // One bar segment per band and published month.
    await expect(bands.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThan(
      quarterlyCsv.length * 5,
    );
    await expect(page.locator('section.quantiles tbody tr').count()).resolves.toBe(
      monthlyRows.length,
    );
    expect(pageErrors).toEqual([]);
  });

  it('shows a withheld period as a gap with its reason, never as zero', async () => {
    const withheld = (await statistics('takedownTimes', quarterly.id)).filter(
      (row) => row.data['publishable'] === false,
    );
    // The demo's company takedown times are withheld: one company holds most of the notices.
    expect(withheld.length).toBeGreaterThan(0);
    const metric = withheld[0]!.metric;
    const ofMetric = withheld.filter((row) => row.metric === metric);
    const reason = ofMetric[0]!.data['reason'] as string;
    expect(Object.keys(REASONS)).toContain(reason);

    await page.goto(`${webUrl}/takedown`);
    await page.locator('section.quantiles tbody tr').first().waitFor();
    await page
      .locator('.grain-switch[data-param="metric"]')
      .getByRole('link', { name: metric === 'company.takedown' ? 'Companies' : 'Hotlines' })
      .click();
    await page.waitForURL(new RegExp(`/takedown\\?metric=${metric.replace('.', '\\.')}$`));
    const bands = frame('Time to removal, period by period');
    await bands.locator(`.chart-frame__gaps li[data-reason="${reason}"]`).first().waitFor();
    for (const text of await bands
      .locator(`.chart-frame__gaps li[data-reason="${reason}"]`)
      .allTextContents())
      expect(text).toContain(`${REASONS[reason]}.`);

    // In the table of quantiles, each withheld period says why…
    for (const row of ofMetric) {
      await expect(
        page.locator(`section.quantiles tbody tr[data-key="${row.period}"] td`).allTextContents(),
      ).resolves.toEqual([REASONS[reason]]);
    }
    // …and in the CSV it is an empty value with its reason, in every column.
    const csv = await frameCsv(bands);
    for (const row of ofMetric) {
      const line = csv.find(([period]) => period === row.period)!;
      expect(line.slice(1)).toEqual(Array(5).fill(['', reason]).flat());
    }
    if (ofMetric.length === csv.length - 1)
      await expect(bands.locator('.content-chart__overlay').textContent()).resolves.toBe(
        'There are no figures to draw.',
      );
    await expectAccessible(page);
    await shot(page, 'takedown-withheld');
    expect(pageErrors).toEqual([]);
  });

  it('shows known content and re-sharing, its CSV the API’s indicators, spikes explained', async () => {
    const indicators = (await statistics('redistribution', quarterly.id)).sort((a, b) =>
      a.period < b.period ? -1 : 1,
    );
    expect(indicators.length).toBeGreaterThan(0);
    const spikes = await spikesOf('content.files.reported', quarterly.id);

    await page.goto(`${webUrl}/known-content`);
    await page.getByRole('heading', { level: 1, name: 'Known content and re-sharing' }).waitFor();
    await expect(page.title()).resolves.toBe('Known content and re-sharing · Candor');
    const shares = frame('Known content and the ten most repeated items, as shares of files');
    await shares.locator('.recharts-line').first().waitFor();
    const csv = await frameCsv(shares);
    expect(csv[0]).toEqual([
      'period',
      'known_share',
      'known_share_suppression',
      'top10_share',
      'top10_share_suppression',
    ]);
    expect(csv.slice(1)).toEqual(
      indicators.map((row) => [
        row.period,
        (row.data['knownShare'] as number).toFixed(3),
        '',
        (row.data['top10Share'] as number).toFixed(3),
        '',
      ]),
    );
    const perItem = await frameCsv(frame('Files per distinct item'));
    expect(perItem.slice(1)).toEqual(
      indicators.map((row) => [row.period, (row.data['filesPerItem'] as number).toFixed(2), '']),
    );

    // Spikes of files reported, each explained with the share of the rise that is known content.
    const files = frame('Files reported and files of known content');
    await expect(
      files.locator('.grain-switch[data-param="metric"] a[aria-current="true"]').textContent(),
    ).resolves.toBe('Files reported or actioned');
    const cards = page.locator('.content-flags .flag-card');
    await expect(cards.count()).resolves.toBe(spikes.length);
    const spike = spikes.find(
      (row) => row.kind === 'spike' && row.data['knownShareOfIncrease'] != null,
    );
    if (spike) {
      const share = Math.min(1, Math.max(0, spike.data['knownShareOfIncrease'] as number));
      await expect(
        page.locator(`.content-flags .flag-card[data-period="${spike.period}"] p`).textContent(),
      ).resolves.toContain(
        `${new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(share)} of the increase is re-shared known content.`,
      );
      // …and marked on the chart, with a legend entry.
      await files.getByText('Spike (explained below)').waitFor();
    }
    await expectAccessible(page);
    await shot(page, 'known-content');

    // The other figure's spikes, by URL.
    const knownSpikes = await spikesOf('content.files.known', quarterly.id);
    await files.getByRole('link', { name: 'Files of known content', exact: true }).click();
    await page.waitForURL(/\/known-content\?metric=content\.files\.known$/);
    await page
      .getByRole('heading', { level: 3, name: 'Spikes and level shifts: Files of known content' })
      .waitFor();
    await expect(cards.count()).resolves.toBe(knownSpikes.length);

    await page
      .locator('.page-header .grain-switch[data-param="granularity"]')
      .getByRole('link', { name: 'Monthly' })
      .click();
    await page.waitForURL(/\/known-content\?metric=content\.files\.known&granularity=month$/);
    await page.locator('.release-source', { hasText: monthly.title }).waitFor();
    const monthlyIndicators = await statistics('redistribution', monthly.id);
    await eventually(async () => (await frameCsv(shares)).length - 1, monthlyIndicators.length);
    expect(pageErrors).toEqual([]);
  });

  it('switches both pages to another language, with nothing left in English', async () => {
    await page.goto(`${webUrl}/takedown`);
    await page.locator('section.quantiles tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/takedown\?lang=de$/);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Wie schnell Darstellungen sexuellen Kindesmissbrauchs entfernt werden',
      })
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.title()).resolves.toBe('Löschzeiten · Candor');
    await expect(
      page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'Löschzeiten' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    const german = plain(await page.locator('main').innerText());
    expect(german).toContain('Höchstens 24 Stunden');
    expect(german).toMatch(/\d+(,\d)? Stunden/);
    expect(german).toMatch(/\d+(,\d)? Tage/);
    expect(german).toMatch(/\d+,\d %/);
    for (const english of [
      'Within',
      'hours',
      'days',
      'Show as table',
      'Download CSV',
      'Median, estimate',
      'Latest period',
      'By hosting country',
      'Not published',
      'Withheld',
    ])
      expect(german).not.toContain(english);
    await expectAccessible(page);
    await shot(page, 'takedown-de');

    await page.goto(`${webUrl}/known-content?lang=fr`);
    await page
      .getByRole('heading', { level: 1, name: 'Contenus déjà connus et repartage' })
      .waitFor();
    await page.locator('.content-flags').waitFor();
    const french = plain(await page.locator('main').innerText());
    expect(french).toContain('Fichiers par contenu distinct');
    for (const english of [
      'Known content',
      'Files reported',
      'Spike',
      'Show as table',
      'the figure was',
    ])
      expect(french).not.toContain(english);
    await expectAccessible(page);
    await shot(page, 'known-content-fr');
    expect(pageErrors).toEqual([]);
  });
});
