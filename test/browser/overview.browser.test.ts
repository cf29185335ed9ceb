// The public overview in Chromium against a seeded demo with its published releases: headline
// figures from the API, the language switch, a chart frame's table and CSV, a link pinned to a
// release, and an axe scan. Build first: `npx nx run web:build`.
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
import { graphql, openPage, type WebStack } from './support/web-stack';

jest.setTimeout(180_000);

interface Point {
  period: string;
  value: number | null;
  suppression: string | null;
}

const english = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
/** A relative change as the English overview words it: "up 2.8%", "down 20%", "unchanged". */
function changeWords(now: number, then: number): string {
  const change = (now - then) / then;
  if (Math.round(Math.abs(change) * 1000) === 0) return 'unchanged';
  const size = new Intl.NumberFormat('en', {
    style: 'percent',
    maximumFractionDigits: Math.abs(change) < 0.1 ? 1 : 0,
  }).format(Math.abs(change));
  return `${change > 0 ? 'up' : 'down'} ${size}`;
}

describe('public overview in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let page: Page;
  let pageErrors: string[];
  let quarterly: PublicRelease;
  let monthly: PublicRelease;

  const series = async (metric: string, releaseId: string) =>
    (
      await graphql<{ series: Point[] }>(
        stack!.api,
        'query ($m: String!, $r: ID!) { series(metric: $m, releaseId: $r) { period value suppression } }',
        { m: metric, r: releaseId },
      )
    ).data.series;

  const flagsOf = async (releaseId: string) =>
    (
      await graphql<{ spikes: { kind: string; period: string }[] }>(
        stack!.api,
        'query ($r: ID!) { spikes(releaseId: $r, scope: "network", limit: 6) { kind period } }',
        { r: releaseId },
      )
    ).data.spikes;

  const card = (name: string) =>
    page.locator('section.chart-frame', { has: page.getByRole('heading', { level: 3, name }) });

  // Two years, so each headline has the same period a year earlier to compare with.
  publicPagesLifecycle(
    { seed: { years: 2, hotlines: 6, companies: 4 }, publish: 'always' },
    (ready) => ({ stack, webUrl, quarterly, monthly } = ready),
    (fresh) => ({ page, errors: pageErrors } = fresh),
  );

  it('shows the headline figures of the latest quarterly release, with no serious axe violation', async () => {
    const reports = await series('hotline.reports.received', quarterly.id);
    const last = reports.at(-1)!;
    const before = reports.at(-2)!;
    expect(last.period).toBe(quarterly.periodTo);
    expect(last.value).not.toBeNull();

    await page.goto(`${webUrl}/`);
    await page
      .getByRole('heading', { level: 2, name: `Headline figures for ${quarterLabel(last.period)}` })
      .waitFor();
    await expect(page.title()).resolves.toBe('Overview · Candor');
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Overview' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');

    const source = page.getByRole('complementary', { name: 'Source of these figures' });
    await expect(source.textContent()).resolves.toContain(
      `“${quarterly.title}”, version ${quarterly.version}`,
    );
    await expect(
      source.getByRole('link', { name: 'About this release' }).getAttribute('href'),
    ).resolves.toBe(`/releases/${quarterly.id}`);

    const titles = await page.locator('.headline-grid h3').allTextContents();
    expect(titles).toEqual([
      'Reports received',
      'Confirmed child sexual abuse material',
      'Content actioned by companies',
      'Known content',
      'Median takedown time',
      'Removed within 3 days',
    ]);
    const reportsCard = card('Reports received');
    await expect(reportsCard.locator('.headline__value').textContent()).resolves.toBe(
      english.format(last.value!),
    );
    const yearAgo = reports.find(
      (p) => p.period === last.period.replace(/^\d{4}/, (y) => String(Number(y) - 1)),
    )!;
    const summary = await reportsCard.locator('.chart-frame__summary').textContent();
    expect(summary).toBe(
      `Hotlines received ${english.format(last.value!)} reports in ${quarterLabel(last.period)}, ` +
        `${changeWords(last.value!, before.value!)} on the previous period (${quarterLabel(before.period)}) and ` +
        `${changeWords(last.value!, yearAgo.value!)} on the same period a year earlier (${quarterLabel(yearAgo.period)}).`,
    );
    await expect(reportsCard.locator('.sparkline path').first().getAttribute('d')).resolves.toMatch(
      /^M[\d.]+ [\d.]+ L/,
    );
    await expect(
      reportsCard
        .getByRole('img', { name: /^Reports received, Q\d \d{4} to Q\d \d{4}: small line chart$/ })
        .count(),
    ).resolves.toBe(1);

    // The newest spikes and level shifts the API publishes, each explained from its numbers.
    const flags = page.locator('.flag-card');
    const published = await flagsOf(quarterly.id);
    await expect(flags.count()).resolves.toBe(Math.min(6, published.length));
    if (published.length === 0)
      await page.getByText('No spike or level shift was found in this release.').waitFor();
    for (const text of await flags.locator('p').allTextContents())
      expect(text).toMatch(
        /^(In .+ the figure was [\d,]+|From .+, the level (rose|fell) to about [\d,]+ a quarter)/,
      );

    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Charts resize on the next frames: wait for the layout to settle rather than read it once.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.screenshot({ path: `${SHOTS}/overview-phone.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('switches to French, keeping the view in the URL, with nothing left in English', async () => {
    await page.goto(`${webUrl}/?granularity=month`);
    await page.getByRole('heading', { level: 2, name: /^Headline figures for / }).waitFor();
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\?granularity=month&lang=fr$/);
    await page
      .getByRole('heading', { level: 1, name: 'Contenus pédocriminels : ce que signale le réseau' })
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.title()).resolves.toBe('Vue d’ensemble · Candor');

    const reports = await series('hotline.reports.received', monthly.id);
    const last = reports.at(-1)!;
    const french = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 });
    const value = await page
      .locator('section.chart-frame', {
        has: page.getByRole('heading', { name: 'Signalements reçus' }),
      })
      .locator('.headline__value')
      .textContent();
    expect(plain(value)).toBe(plain(french.format(last.value!)));
    await expect(
      page.getByRole('button', { name: /^Afficher sous forme de tableau/ }).count(),
    ).resolves.toBe(6);

    // The monthly demo has spikes: each is explained in French, from its numbers.
    const published = await flagsOf(monthly.id);
    expect(published.length).toBeGreaterThan(0);
    const flags = await page.locator('.flag-card p').allTextContents();
    expect(flags).toHaveLength(published.length);
    for (const flag of flags)
      expect(plain(flag)).toMatch(
        /^(Sur la période .+, le chiffre a atteint|À partir de la période .+, le niveau est (monté|descendu) à environ [\d ]+ par mois)/,
      );

    const text = plain(await page.locator('main').innerText());
    expect(text).toContain('Les hotlines ont reçu');
    for (const english of [
      'Headline figures',
      'Reports received',
      'Show as table',
      'Download CSV',
      'Known content',
      'Spike',
      'Level shift',
      'Against',
      'the figure was',
      'Not published',
      'Withheld',
      'hours',
    ])
      expect(text).not.toContain(english);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/overview-fr.png`, fullPage: true });

    await page.getByRole('link', { name: 'Trimestriel' }).click();
    await page.waitForURL(/\?granularity=quarter&lang=fr$/);
    await page.getByRole('heading', { level: 2, name: /^Chiffres clés\s:\sT\d \d{4}$/ }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('downloads as CSV exactly the table a chart frame shows, gaps with their reason', async () => {
    await page.goto(`${webUrl}/?granularity=month`);
    const reports = card('Reports received');
    await reports.locator('.headline__value').waitFor();
    // The button's name changes with its state, so find it by place.
    const toggle = reports.locator('.chart-frame__actions button');
    await expect(toggle.textContent()).resolves.toMatch(/^Show as table/);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    // Keyboard: focus the button and press Enter.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.textContent()).resolves.toMatch(/^Hide table/);

    const rows = reports.locator('table tbody tr');
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-key'),
        label: tr.querySelector('th')?.textContent,
        value: tr.querySelector('td')?.textContent,
      })),
    );
    const { name, rows: csv } = await downloadCsv(page, reports);
    expect(name).toBe(`${monthly.series}-v${monthly.version}-reports.csv`);
    expect(csv[0]).toEqual(['period', 'value', 'suppression']);
    expect(
      csv.slice(1).map(([period, value, reason]) => ({
        key: period,
        label: monthLabel(period!),
        value: value ? english.format(Number(value)) : reason,
      })),
    ).toEqual(table.map((row) => ({ ...row, value: row.value })));
    // …and exactly the series the API publishes.
    const published = await series('hotline.reports.received', monthly.id);
    expect(csv.slice(1)).toEqual(
      published.map((p) => [
        p.period,
        p.value === null ? '' : String(p.value),
        p.suppression ?? '',
      ]),
    );

    // Companies report content actioned by quarter: in the monthly release every month is a
    // gap that says why, in the sentence, the note, the table and the CSV — never a zero.
    const actioned = card('Content actioned by companies');
    await expect(actioned.locator('.headline__value').textContent()).resolves.toBe('No figure');
    await expect(actioned.locator('.chart-frame__summary').textContent()).resolves.toBe(
      `No figure for ${monthLabel(monthly.periodTo)}. Not published in this release.`,
    );
    await expect(actioned.locator('.chart-frame__gaps li').textContent()).resolves.toMatch(
      /^No figure for \w+ \d{4} to \w+ \d{4}\. Not published in this release\.$/,
    );
    await actioned.getByRole('button', { name: /^Show as table/ }).click();
    const cells = await actioned.locator('table tbody td').allTextContents();
    expect(new Set(cells)).toEqual(new Set(['Not published in this release']));
    const gapRows = (await downloadCsv(page, actioned)).rows.slice(1);
    expect(gapRows).toHaveLength(cells.length);
    expect(gapRows.every(([, value, reason]) => value === '' && reason === 'not_published')).toBe(
      true,
    );
    await page.screenshot({ path: `${SHOTS}/overview-table.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('has an axe helper that finds what it should', async () => {
    // The scan above passing means something only if the helper can fail.
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Axe check</title></head><body><main><img src="x.png"><button></button></main></body></html>',
    );
    const found = (await axeViolations(page)).map((violation) => violation.id).sort();
    expect(found).toEqual(['button-name', 'image-alt']);
  });

  it('links to the same view pinned to its release, and back to the latest', async () => {
    await page.goto(`${webUrl}/?granularity=month&lang=de`);
    await page
      .getByRole('link', { name: 'Link zu diesen Zahlen, an diese Veröffentlichung gebunden' })
      .click();
    await page.waitForURL(new RegExp(`\\?granularity=month&release=${monthly.id}&lang=de$`));
    const pinnedUrl = page.url();

    const { page: other, context } = await openPage(stack!.browser);
    await other.goto(pinnedUrl);
    await other.getByText('Diese Ansicht ist an diese Veröffentlichung gebunden.').waitFor();
    await expect(other.locator('.release-source').textContent()).resolves.toContain(
      `„${monthly.title}“`,
    );
    await other.getByRole('link', { name: 'Vierteljährlich' }).click();
    await other.waitForURL(/\?granularity=quarter&lang=de$/);
    await other
      .getByRole('link', { name: 'Link zu diesen Zahlen, an diese Veröffentlichung gebunden' })
      .waitFor();
    await context.close();

    await page.goto(`${webUrl}/?release=00000000-0000-4000-8000-000000000000`);
    await page.getByText('There is no published release with this id.').waitFor();
    await page.getByRole('link', { name: 'Show the latest release' }).click();
    await page.waitForURL(new RegExp(`${webUrl}/$`));
    await page.getByRole('heading', { level: 2, name: /^Headline figures for / }).waitFor();
  });
});
