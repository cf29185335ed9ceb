// The public releases and methodology pages in Chromium, against the demo seed with its monthly,
// quarterly and yearly releases, plus a corrected monthly version (a changelog to read) that
// withdraws the first. Build first: `npx nx run web:build`.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { METRICS } from '@candor/catalogue';
import { axeViolations, describeViolations } from './support/axe';
import { demoHotline, periodLabel, REVIEWER, type Figure } from './support/demo-data';
import {
  graphql,
  openPage,
  root,
  sessionCookie,
  startWebStack,
  type WebStack,
} from './support/web-stack';

jest.setTimeout(300_000);

const SCREENSHOTS = root('test-output/screenshots');
const TESTER = { label: 'public-releases browser test' };
const WITHDRAWAL = 'Superseded by a corrected version: a hotline corrected its figures.';
const CORRECTION = 500;

interface PublicRelease {
  id: string;
  title: string;
  series: string;
  version: number;
  status: string;
  checksum: string | null;
  periodFrom: string;
  periodTo: string;
  withdrawalReason: string | null;
  changelog: unknown;
}

interface ChangelogEntry {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  before: unknown;
  after: unknown;
  reasons: string[];
}

const en = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
/** No serious or critical axe violation (WCAG 2.1 A/AA and best practices) on the page as it is. */
const expectAccessible = async (page: Page) =>
  expect(describeViolations(await axeViolations(page))).toEqual([]);

describe('public releases and methodology in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  /** The demo's first release of each grain, as published on the first start. */
  let demo: PublicRelease[];
  let corrected: PublicRelease;
  let correctedPeriod: string;

  const publicReleases = async () =>
    (
      await graphql<{ releases: PublicRelease[] }>(
        stack!.api,
        '{ releases { id title series version status checksum periodFrom periodTo withdrawalReason changelog } }',
      )
    ).data.releases;

  /** A hotline corrects one month (+500 reports received); a reviewer accepts it. */
  async function correctLastMonth(): Promise<string> {
    const hotline = await demoHotline(stack!.api);
    const last = hotline.statuses
      .filter((s) => s.status === 'accepted' && /^\d{4}-\d{2}$/.test(s.period) && s.submissionId)
      .sort((a, b) => (a.period < b.period ? 1 : -1))[0]!;
    const figures = await hotline.figuresOf(last.submissionId!);
    const input = {
      organizationId: hotline.id,
      period: last.period,
      figures: figures.map((f: Figure) => ({
        metric: f.metric,
        dimensions: f.dimensions,
        value:
          f.metric === 'hotline.reports.received' && f.dimensions.length === 0
            ? f.value + CORRECTION
            : f.value,
      })),
    };
    const { data } = await graphql<{
      submitFigures: { ok: boolean; errors: { code: string }[]; submissions: { id: string }[] };
    }>(
      stack!.api,
      'mutation ($input: SubmissionInput!) { submitFigures(input: $input) { ok errors { code } submissions { id } } }',
      { input },
      hotline.cookie,
    );
    expect(data.submitFigures.errors).toEqual([]);
    const reviewer = await sessionCookie(stack!.api, REVIEWER.email, REVIEWER.password);
    await graphql(
      stack!.api,
      'mutation ($id: ID!) { reviewSubmission(id: $id, decision: "accept") { status } }',
      { id: data.submitFigures.submissions[0]!.id },
      reviewer,
    );
    return last.period;
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    // Two years, so that a whole calendar year is published too; the npm start network's size,
    // so that no network total is withheld (a gap in a series stops the spike detection).
    stack = await startWebStack({ years: 2, hotlines: 12, companies: 8 });
    webUrl = stack.webUrl;
    const app = stack.api.app;
    if ((await publicReleases()).length === 0)
      await publishDemoRelease(app.get(DataSource), app.get(ReleasesService));
    demo = await publicReleases();

    // A corrected monthly version, published, and the first one withdrawn in its favour.
    correctedPeriod = await correctLastMonth();
    const releases = app.get(ReleasesService);
    const monthly = demo.find((r) => r.series === 'network-month')!;
    const draft = await releases.create(
      {
        granularity: 'month',
        periodFrom: monthly.periodFrom,
        periodTo: monthly.periodTo,
        title: 'Demo network, monthly figures (corrected)',
      },
      TESTER,
      { buildNow: true },
    );
    await releases.publish(draft.id, TESTER);
    await releases.withdraw(monthly.id, WITHDRAWAL, TESTER);
    corrected = (await publicReleases()).find((r) => r.id === draft.id)!;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('lists every release by series, with its checksum, files, and withdrawals', async () => {
    expect(demo.map((r) => r.series).sort()).toEqual([
      'network-month',
      'network-quarter',
      'network-year',
    ]);
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/releases`);
    await page.getByRole('heading', { level: 1, name: 'Data releases' }).waitFor();
    await page.locator('.release-card').first().waitFor();

    for (const heading of ['Monthly releases', 'Quarterly releases', 'Yearly releases'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    const all = await publicReleases();
    await expect(page.locator('.release-card').count()).resolves.toBe(all.length);
    for (const release of [...demo, corrected]) {
      const card = page.locator(`.release-card[data-release-id="${release.id}"]`);
      expect(release.checksum).toMatch(/^[0-9a-f]{64}$/);
      await expect(card.locator('code.checksum').textContent()).resolves.toBe(release.checksum);
      await expect(
        card.getByRole('link', { name: 'Cells (CSV)' }).getAttribute('href'),
      ).resolves.toBe(`/api/releases/${release.id}/cells.csv`);
      await expect(
        card
          .getByRole('list', { name: /^Downloads of / })
          .getByRole('link')
          .count(),
      ).resolves.toBe(4);
    }
    const withdrawn = page.locator(
      `.release-card[data-release-id="${demo.find((r) => r.series === 'network-month')!.id}"]`,
    );
    await expect(withdrawn.locator('[data-status]').textContent()).resolves.toBe('Withdrawn');
    await expect(withdrawn.locator('.withdrawn-notice').textContent()).resolves.toMatch(
      new RegExp(
        `^Withdrawn on \\w+ \\d+, \\d{4}\\. Reason given: ${WITHDRAWAL.replace(/[.:]/g, '\\$&')}$`,
      ),
    );
    await expect(
      page.getByRole('heading', { name: 'How to check a download' }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByText(/^sha256sum candor-network-\w+-v\d+-cells\.csv$/).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
    await shot(page, 'public-releases');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a cells.csv whose SHA-256 is the checksum shown', async () => {
    const yearly = demo.find((r) => r.series === 'network-year')!;
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/releases`);
    const card = page.locator(`.release-card[data-release-id="${yearly.id}"]`);
    const shown = await card.locator('code.checksum').textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Cells (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`candor-network-year-v${yearly.version}-cells.csv`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.length).toBeGreaterThan(100);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a release: its parameters, definitions, changes in words and citation', async () => {
    const entries = corrected.changelog as ChangelogEntry[];
    const change = entries.find(
      (e) =>
        e.metric === 'hotline.reports.received' &&
        e.scope === 'network' &&
        e.period === correctedPeriod &&
        e.dimension === null,
    );
    expect(change).toBeDefined();
    expect(change!.reasons).toContain('corrected_submissions');
    expect(Number(change!.after) - Number(change!.before)).toBe(CORRECTION);

    const { page, context, errors } = await openPage(stack!.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl });
    await page.goto(`${webUrl}/releases/${corrected.id}`);
    await page.getByRole('heading', { level: 1, name: corrected.title }).waitFor();

    const rules = page.locator('ul.rules');
    await expect(rules.locator('[data-rule="contributors"]').textContent()).resolves.toMatch(
      /at least 3 organizations/,
    );
    await expect(rules.locator('[data-rule="smallCount"]').textContent()).resolves.toContain(
      '“fewer than 10”',
    );
    await expect(rules.locator('[data-rule="rounding"]').textContent()).resolves.toBe(
      'Figures are not rounded.',
    );
    await expect(rules.locator('[data-rule="noise"]').textContent()).resolves.toBe(
      'No random noise is added: apart from withheld figures, the counts are exact.',
    );
    await expect(page.locator('.definitions-table tbody tr').count()).resolves.toBe(METRICS.length);

    const changes = page.getByRole('region', { name: 'Changes against the previous version' });
    await expect(changes.textContent()).resolves.toContain(
      `Compared with version 1 of this series (Demo network, monthly figures)`,
    );
    const sentence = `Reports received, network, ${periodLabel(correctedPeriod)}: ${en.format(Number(change!.before))} → ${en.format(Number(change!.after))} (+${en.format(CORRECTION)}) — corrected submissions`;
    const group = changes.locator('.change-group[data-metric="hotline.reports.received"]');
    const items = group.locator('li');
    if (!(await items.allTextContents()).includes(sentence)) {
      // Long groups show their first changes; the button shows the rest.
      await group.getByRole('button', { name: /^Show the other/ }).click();
    }
    await expect(items.allTextContents()).resolves.toContain(sentence);

    const citation = page.locator('[data-citation]');
    const cited = (await citation.textContent())!;
    expect(cited).toContain(`${corrected.title}, version ${corrected.version}`);
    expect(cited).toContain(`${webUrl}/releases/${corrected.id}`);
    expect(cited).toContain(corrected.checksum);
    // The copy button works from the keyboard.
    await page.getByRole('button', { name: 'Copy the citation' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Copied.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(cited);
    await expectAccessible(page);
    await shot(page, 'public-release');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks a withdrawn release with its reason and points to the newer version', async () => {
    const first = demo.find((r) => r.series === 'network-month')!;
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/releases/${first.id}`);
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await expect(page.getByRole('note').textContent()).resolves.toContain(
      `Reason given: ${WITHDRAWAL}`,
    );
    await page.locator('.newer-version').getByRole('link', { name: corrected.title }).click();
    await page.waitForURL(new RegExp(`/releases/${corrected.id}$`));
    await page.getByRole('heading', { level: 1, name: corrected.title }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when a release does not exist', async () => {
    const { page, context } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/releases/00000000-0000-0000-0000-000000000000`);
    await expect(page.locator('.public-releases [role="alert"]').textContent()).resolves.toBe(
      'There is no published release at this address.',
    );
    await context.close();
  });

  it('generates the methodology from the catalogue and the latest release', async () => {
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/methodology`);
    await page.getByRole('heading', { level: 1, name: 'Methodology' }).waitFor();
    await page.locator('.metric-entry').first().waitFor();
    const codes = await page
      .locator('.metric-entry')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-metric')));
    expect(codes.sort()).toEqual(METRICS.map((m) => m.code).sort());
    await expect(page.locator('.methodology-release__current').textContent()).resolves.toContain(
      'Disclosure rules as applied in the latest release',
    );
    await expect(page.locator('.suppression-table tbody tr').count()).resolves.toBe(4);
    await expect(page.locator('[data-rule="spike"]').textContent()).resolves.toContain(
      'above the upper bound of the 99% prediction interval',
    );

    // Pin another release with the picker: the choice lands in the URL.
    const yearly = demo.find((r) => r.series === 'network-year')!;
    await page.getByLabel('Release', { exact: true }).selectOption(yearly.id);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(new RegExp(`/methodology\\?release=${yearly.id}$`));
    // The page re-renders after the URL changes: wait for the pinned release's sentence.
    const pinned = `Disclosure rules as applied in ${yearly.title}, version ${yearly.version}`;
    await page.locator('.methodology-release__current', { hasText: pinned }).waitFor();
    await expect(page.getByLabel('Release', { exact: true }).inputValue()).resolves.toBe(yearly.id);
    await expectAccessible(page);
    await shot(page, 'methodology');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the pages to German and keeps the language on links', async () => {
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/methodology`);
    await page.locator('.metric-entry').first().waitFor();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/[?&]lang=de\b/);
    await page.getByRole('heading', { level: 1, name: 'Methodik' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.getByRole('heading', { level: 2, name: 'Was gezählt wird' }).waitFor();
    await expect(page.locator('.suppression-table caption').textContent()).resolves.toBe(
      'Gründe, aus denen eine Zahl zurückgehalten wird, und ihre Bedeutung',
    );
    await expect(page.locator('[data-rule="smallCount"]').textContent()).resolves.toContain(
      '„weniger als 10“',
    );
    await expectAccessible(page);
    await shot(page, 'methodology-de');

    await page.getByRole('link', { name: 'Datenveröffentlichungen' }).click();
    await page.waitForURL(/\/releases\?lang=de$/);
    await page.getByRole('heading', { level: 1, name: 'Datenveröffentlichungen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Monatliche Veröffentlichungen' }).waitFor();
    await page
      .locator(`.release-card[data-release-id="${corrected.id}"]`)
      .getByRole('link', { name: /^Details, Änderungen und Zitierweise von / })
      .click();
    await page.waitForURL(new RegExp(`/releases/${corrected.id}\\?lang=de$`));
    await page
      .getByRole('heading', { level: 2, name: 'Änderungen gegenüber der vorigen Version' })
      .waitFor();
    await expect(page.locator('.change-list').first().textContent()).resolves.toMatch(
      /korrigierte Meldungen|verspätete Meldungen|Geheimhaltung/,
    );
    await expectAccessible(page);
    await shot(page, 'public-release-de');
    expect(errors).toEqual([]);
    await context.close();
  });
});
