// The countries page in Chromium against the demo seed with its published releases: the ranking
// and bar chart by hosting country from the API, withheld countries with their reason, filters in
// the URL, the CSV against the API's breakdown, French country names, and an axe scan.
// Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import {
  downloadCsv,
  monthLabel,
  plain,
  publicPagesLifecycle,
  quarterLabel,
  SHOTS,
  type PublicRelease,
} from './support/public-pages';
import { graphql, type WebStack } from './support/web-stack';

jest.setTimeout(240_000);

const METRIC = 'hotline.urls.csam';
const RESIDUALS = ['unknown', '_not_broken_down'];

interface Row {
  value: string;
  count: number | null;
  suppression: string | null;
}

const english = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const REASONS: Record<string, string> = {
  contributors: 'Withheld: too few organizations contribute',
  dominance: 'Withheld: one organization makes up most of the figure',
  small_count: 'Withheld: the count is too small to publish',
  secondary: 'Withheld so that another withheld figure cannot be worked out',
};

describe('countries page in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let page: Page;
  let pageErrors: string[];
  let quarterly: PublicRelease;
  let monthly: PublicRelease;

  const periodsOf = async (releaseId: string) =>
    (
      await graphql<{ series: { period: string; value: number | null }[] }>(
        stack!.api,
        'query ($m: String!, $r: ID!) { series(metric: $m, releaseId: $r) { period value } }',
        { m: METRIC, r: releaseId },
      )
    ).data.series;

  const breakdown = async (releaseId: string, period: string) =>
    (
      await graphql<{ breakdown: Row[] }>(
        stack!.api,
        `
          query ($m: String!, $p: String!, $r: ID!) {
            breakdown(metric: $m, dimension: "hosting_country", period: $p, releaseId: $r) {
              value
              count
              suppression
            }
          }
        `,
        { m: METRIC, p: period, r: releaseId },
      )
    ).data.breakdown;

  /** Country names as the page's browser names them, in a language. */
  const namesIn = (language: string, codes: string[]) =>
    page.evaluate(
      ({ language, codes }) => {
        const names = new Intl.DisplayNames(language, { type: 'region' });
        return Object.fromEntries(
          codes.filter((code) => /^[A-Z]{2}$/.test(code)).map((code) => [code, names.of(code)]),
        ) as Record<string, string>;
      },
      { language, codes },
    );

  /** The API's published countries, ranked as the page must rank them (ties by name). */
  const expectedRanking = (rows: Row[], names: Record<string, string>) =>
    rows
      .filter((row) => row.count !== null && !row.suppression && !RESIDUALS.includes(row.value))
      .sort(
        (a, b) =>
          b.count! - a.count! || new Intl.Collator('en').compare(names[a.value]!, names[b.value]!),
      );

  const tableRows = (group: string) =>
    page.locator(`.ranked-table tbody tr[data-group="${group}"]`).evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-key'),
        cells: Array.from(tr.children, (cell) => cell.textContent ?? ''),
      })),
    );

  const barLabels = () => page.locator('.country-bars .recharts-label-list text').allTextContents();

  // The npm start network's size, so that the network totals are published.
  publicPagesLifecycle(
    { seed: { years: 2, hotlines: 12, companies: 8 }, publish: 'if-none' },
    (ready) => ({ stack, webUrl, quarterly, monthly } = ready),
    (fresh) => ({ page, errors: pageErrors } = fresh),
  );

  it('ranks the latest quarter by hosting country, withheld countries with their reason', async () => {
    const totals = await periodsOf(quarterly.id);
    const last = totals.at(-1)!;
    expect(last.period).toBe(quarterly.periodTo);
    const rows = await breakdown(quarterly.id, last.period);
    const withheld = rows.filter((row) => row.suppression && !RESIDUALS.includes(row.value));
    expect(withheld.length).toBeGreaterThan(0);

    await page.goto(`${webUrl}/countries`);
    const title = `URLs of child sexual abuse material by hosting country, ${quarterLabel(last.period)}`;
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await expect(page.title()).resolves.toBe('Countries · Candor');
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Countries' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(
      page.getByRole('img', { name: `Horizontal bar chart: ${title}` }).count(),
    ).resolves.toBe(1);

    // The ranking: published countries by count, with rank, name, count and share of the total.
    const names = await namesIn(
      'en',
      rows.map((row) => row.value),
    );
    const ranked = expectedRanking(rows, names);
    expect(ranked.length).toBeGreaterThan(1);
    expect(await tableRows('ranked')).toEqual(
      ranked.map((row, index) => ({
        key: row.value,
        cells: [
          String(index + 1),
          names[row.value],
          english.format(row.count!),
          percent.format(Number((row.count! / last.value!).toFixed(3))),
        ],
      })),
    );
    // …the chart draws the same countries, largest first, each labelled with its figure.
    await expect(barLabels()).resolves.toEqual(
      ranked.slice(0, 20).map((row) => english.format(row.count!)),
    );
    await expect(
      page
        .locator('.country-bars .recharts-bar-rectangle path')
        .evaluateAll((paths) => paths.map((path) => path.getAttribute('name'))),
    ).resolves.toEqual(ranked.slice(0, 20).map((row) => names[row.value]));

    // The unknown hosting country is a part of the total, named and not ranked.
    const unknown = rows.find((row) => row.value === 'unknown');
    expect(unknown?.count).toBeGreaterThan(0);
    if (unknown?.count)
      expect(await tableRows('residual')).toContainEqual({
        key: 'unknown',
        cells: [
          'Not ranked',
          'Unknown hosting country',
          english.format(unknown.count),
          percent.format(Number((unknown.count / last.value!).toFixed(3))),
        ],
      });

    // A withheld country is listed with its reason: no rank, no figure, never a zero, no bar.
    const hidden = await tableRows('withheld');
    expect(hidden.map((row) => row.key).sort()).toEqual(withheld.map((row) => row.value).sort());
    for (const row of withheld) {
      const listed = hidden.find((item) => item.key === row.value)!;
      expect(listed.cells).toEqual([
        'Not ranked',
        names[row.value],
        REASONS[row.suppression!],
        'No share',
      ]);
      await expect(
        page.locator(`.chart-frame__gaps li[data-reason="${row.suppression}"]`).textContent(),
      ).resolves.toContain(names[row.value]);
    }
    const bars = await page
      .locator('.country-bars .recharts-bar-rectangle path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('name')));
    for (const row of withheld) expect(bars).not.toContain(names[row.value]);

    const summary = await page.locator('.chart-frame__summary').textContent();
    expect(summary).toContain(
      `Ranked first: ${names[ranked[0]!.value]}, with ${english.format(ranked[0]!.count!)}`,
    );
    expect(summary).toContain(`Countries withheld: ${withheld.length}.`);

    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/countries.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Charts resize on the next frames: wait for the layout to settle rather than read it once.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.screenshot({ path: `${SHOTS}/countries-phone.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('changes period and granularity in the URL, and the table and chart follow', async () => {
    const totals = await periodsOf(quarterly.id);
    const earlier = totals.at(-3)!.period;
    await page.goto(`${webUrl}/countries?lang=en`);
    await page.locator('.ranked-table tbody tr').first().waitFor();

    // The metric list offers exactly the catalogue's metrics with country cells.
    const { data } = await graphql<{
      metrics: { code: string; requiredDimension: string | null; dimensions: { code: string }[] }[];
    }>(stack!.api, '{ metrics { code requiredDimension dimensions { code } } }');
    const eligible = data.metrics
      .filter((m) => !m.requiredDimension && m.dimensions.some((d) => d.code === 'hosting_country'))
      .map((m) => m.code);
    await expect(
      page
        .getByLabel('Figure', { exact: true })
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).resolves.toEqual(eligible);
    // The period list is the release's periods, newest first.
    await expect(
      page
        .getByLabel('Period', { exact: true })
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).resolves.toEqual(totals.map((p) => p.period).reverse());

    await page.getByLabel('Period', { exact: true }).selectOption(earlier);
    await page.waitForURL(new RegExp(`/countries\\?period=${earlier}&lang=en$`));
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`, ${quarterLabel(earlier)}$`) })
      .waitFor();
    const rows = await breakdown(quarterly.id, earlier);
    const names = await namesIn(
      'en',
      rows.map((row) => row.value),
    );
    const ranked = expectedRanking(rows, names);
    await expect(
      tableRows('ranked').then((list) => list.map((row) => [row.key, row.cells[2]])),
    ).resolves.toEqual(ranked.map((row) => [row.value, english.format(row.count!)]));
    await expect(barLabels()).resolves.toEqual(
      ranked.slice(0, 20).map((row) => english.format(row.count!)),
    );

    // Another granularity reads another release, at its latest period.
    await page.getByLabel('Periods', { exact: true }).selectOption('month');
    await page.waitForURL(/\/countries\?granularity=month&lang=en$/);
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`, ${monthLabel(monthly.periodTo)}$`) })
      .waitFor();
    const monthRows = await breakdown(monthly.id, monthly.periodTo);
    const monthRanked = expectedRanking(
      monthRows,
      await namesIn(
        'en',
        monthRows.map((r) => r.value),
      ),
    );
    await expect(
      tableRows('ranked').then((list) => list.map((row) => [row.key, row.cells[2]])),
    ).resolves.toEqual(monthRanked.map((row) => [row.value, english.format(row.count!)]));
    await expect(page.locator('.release-source').textContent()).resolves.toContain(
      `“${monthly.title}”`,
    );

    // The view pinned to its release has its own link, which reproduces it.
    await page.getByRole('link', { name: 'Link to these figures, pinned to this release' }).click();
    await page.waitForURL(new RegExp(`\\?granularity=month&release=${monthly.id}&lang=en$`));
    await page.getByText('This view is pinned to this release.').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('falls back to a metric with country figures when the URL names another', async () => {
    await page.goto(`${webUrl}/countries?metric=hotline.takedown`);
    await page
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^URLs of child sexual abuse material by hosting country, `),
      })
      .waitFor();
    await expect(page.getByLabel('Figure', { exact: true }).inputValue()).resolves.toBe(METRIC);
  });

  it('downloads as CSV exactly the breakdown the API publishes, and the table view shows it', async () => {
    const period = quarterly.periodTo;
    await page.goto(`${webUrl}/countries?period=${period}`);
    const frame = page.locator('section.chart-frame');
    await frame.locator('.country-bars svg').waitFor();

    const { name, rows: csv } = await downloadCsv(page, frame);
    expect(name).toBe(
      `${quarterly.series}-v${quarterly.version}-${METRIC}-hosting-country-network-${period.toLowerCase()}.csv`,
    );
    expect(csv[0]).toEqual(['hosting_country', 'count', 'suppression']);
    const published = await breakdown(quarterly.id, period);
    const asCsv = (row: Row) => [
      row.value,
      row.count === null || row.suppression ? '' : String(row.count),
      row.suppression ?? '',
    ];
    const byCode = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
    expect(csv.slice(1).sort(byCode)).toEqual(published.map(asCsv).sort(byCode));

    // The table view lists the same rows in the same order: names, figures or reasons.
    await frame.getByRole('button', { name: /^Show as table/ }).click();
    const names = await namesIn(
      'en',
      published.map((row) => row.value),
    );
    const view = await frame
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-key'),
          tr.querySelector('th')?.textContent,
          tr.querySelector('td')?.textContent,
        ]),
      );
    expect(view).toEqual(
      csv
        .slice(1)
        .map(([code, count, reason]) => [
          code,
          code === 'unknown'
            ? 'Unknown hosting country'
            : code === '_not_broken_down'
              ? 'Not broken down by country'
              : names[code!],
          count ? english.format(Number(count)) : REASONS[reason!],
        ]),
    );
    expect(pageErrors).toEqual([]);
  });

  it('names countries in French with ?lang=fr, nothing left in English', async () => {
    await page.goto(`${webUrl}/countries`);
    await page.locator('.ranked-table tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/countries\?lang=fr$/);
    await page
      .getByRole('heading', { level: 1, name: 'Où les contenus étaient hébergés' })
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.title()).resolves.toBe('Pays · Candor');

    const rows = await breakdown(quarterly.id, quarterly.periodTo);
    const french = await namesIn(
      'fr',
      rows.map((row) => row.value),
    );
    const shown = [...(await tableRows('ranked')), ...(await tableRows('withheld'))].map((row) => [
      row.key,
      row.cells[1],
    ]);
    expect(shown.length).toBeGreaterThan(3);
    for (const [code, name] of shown) expect(name).toBe(french[code!]);
    // Spot checks that the names really are French, not codes or English.
    expect(shown).toContainEqual(['NL', 'Pays-Bas']);
    expect(shown).toContainEqual(['US', 'États-Unis']);
    await expect(
      page.locator('.ranked-table tr[data-key="unknown"] th').textContent(),
    ).resolves.toBe('Pays d’hébergement inconnu');
    await expect(
      page
        .locator('.ranked-table tr[data-group="withheld"] td[data-series="count"]')
        .first()
        .textContent(),
    ).resolves.toMatch(/^Non publié/);

    const text = plain(await page.locator('main').innerText());
    expect(text).toContain('Classement');
    for (const word of [
      'Ranking',
      'Hosting country',
      'Unknown hosting country',
      'Withheld',
      'Show as table',
      'Download CSV',
      'Ranked first',
      'No figure',
      'Not ranked',
      'The whole network',
    ])
      expect(text).not.toContain(word);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/countries-fr.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
