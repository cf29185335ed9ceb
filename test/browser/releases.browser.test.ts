// A network reviewer's releases in Chromium: create a release, follow its build, read its cells
// with their suppression reasons, publish and withdraw it, and keep the annotation log.
// Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SubmissionsService } from '@candor/api-submissions';
import { demoHotline, REVIEWER } from './support/demo-data';
import {
  graphql,
  openPage,
  SCREENSHOTS,
  sessionCookie,
  startWebStack,
  type WebStack,
} from './support/web-stack';

jest.setTimeout(240_000);

const SUPPRESSION_WORDS = [
  'Too few organizations contribute to this cell',
  'One organization makes up most of this cell',
  'The count is too small to publish',
  'Withheld so that another withheld cell cannot be worked out',
];

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

async function signIn(page: Page, back: RegExp) {
  await page.getByLabel('E-mail address').fill(REVIEWER.email);
  await page.getByLabel('Password').fill(REVIEWER.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(back);
}

interface PublicRelease {
  id: string;
  title: string;
  status: string;
  withdrawalReason: string | null;
}

describe('releases and the annotation log in Chromium', () => {
  let stack: WebStack | undefined;
  let webUrl: string;
  let months: string[];

  const publicReleases = async () =>
    (
      await graphql<{ releases: PublicRelease[] }>(
        stack!.api,
        '{ releases { id title status withdrawalReason } }',
      )
    ).data.releases;

  beforeAll(async () => {
    stack = await startWebStack();
    webUrl = stack.webUrl;
    // The last three months the demo hotline has accepted figures for.
    const hotline = await demoHotline(stack.api);
    months = hotline.statuses
      .filter((s) => s.status === 'accepted' && /^\d{4}-\d{2}$/.test(s.period))
      .map((s) => s.period)
      .sort()
      .slice(-3);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('builds, previews, publishes and withdraws a release', async () => {
    expect(months).toHaveLength(3);
    const title = `Browser test ${months[0]} to ${months[2]}`;
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/review/releases`);
    await page.waitForURL(/\/sign-in\?next=%2Freview%2Freleases$/);
    await signIn(page, /\/review\/releases$/);
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(
      main.getByRole('link', { name: 'Release desk' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(
      main.getByRole('link', { name: 'Review' }).getAttribute('aria-current'),
    ).resolves.toBeNull();

    // A wrong range is explained next to its field, before anything is sent.
    await page.getByLabel('First period').fill(months[2]!);
    await page.getByLabel('Last period').fill(months[0]!);
    await page.getByRole('button', { name: 'Build the release' }).click();
    await page.getByText('The first period comes after the last one.').waitFor();
    await expect(page.getByLabel('First period').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('id'))).resolves.toBe(
      await page.getByLabel('First period').getAttribute('id'),
    );

    await page.getByLabel('First period').fill(months[0]!);
    await page.getByLabel('Last period').fill(months[2]!);
    await page.getByLabel('Title (optional)').fill(title);
    await page
      .getByRole('group', { name: 'Disclosure options' })
      .getByLabel('Rounding of counts')
      .waitFor();
    await shot(page, 'releases-create');
    await page.getByRole('button', { name: 'Build the release' }).click();
    await page.waitForURL(/\/review\/releases\/[0-9a-f-]{36}$/);
    const releaseId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // The build is followed until it is done.
    const progress = page.getByRole('progressbar', { name: 'Build progress' });
    await progress.waitFor();
    await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 120_000 });
    await expect(progress.getAttribute('aria-valuetext')).resolves.toBe('Done: 100%');
    await expect(page.locator('.release-facts [data-status]').textContent()).resolves.toBe('Draft');
    await expect(page.locator('.checksum').getAttribute('data-checksum')).resolves.toMatch(
      /^[0-9a-f]{64}$/,
    );

    // The cells, then only the withheld ones, each with its reason in words.
    await page.locator('.cells-table tbody tr').first().waitFor();
    const summary = page.locator('.cells-summary');
    await expect(summary.textContent()).resolves.toMatch(/^Cells 1 to 50 of [\d,]+$/);
    const unfiltered = (await summary.textContent())!;
    const allCells = Number(unfiltered.split(' of ')[1]!.replace(/,/g, ''));
    await page.getByLabel('Only withheld cells').check();
    // The server answers with fewer cells, every one of them withheld.
    await page.waitForFunction(
      (before) =>
        document.querySelector('.cells-summary')?.textContent !== before &&
        Array.from(document.querySelectorAll('.cells-table tbody tr')).every((r) =>
          r.hasAttribute('data-suppression'),
        ),
      unfiltered,
    );
    const withheld = page.locator('.cells-table tbody tr[data-suppression]');
    await expect(withheld.count()).resolves.toBeGreaterThan(0);
    const withheldTotal = Number(
      (await summary.textContent())!.split(' of ')[1]!.replace(/,/g, ''),
    );
    expect(withheldTotal).toBeLessThan(allCells);
    const firstValue = await withheld.first().locator('td.number').textContent();
    expect(firstValue).toMatch(/^Withheld/);
    expect(SUPPRESSION_WORDS.some((words) => firstValue!.includes(words))).toBe(true);
    await shot(page, 'release-draft');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/release-draft-top.png` });

    // Publish, by keyboard: the dialog opens on Cancel; Tab then Enter publishes.
    await page.getByRole('button', { name: 'Publish…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Publish “${title}”?` });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await shot(page, 'release-publish-dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('The release is published.').waitFor();
    await expect(page.locator('.release-facts [data-status]').textContent()).resolves.toBe(
      'Published',
    );
    const published = (await publicReleases()).find((r) => r.id === releaseId);
    expect(published).toEqual({
      id: releaseId,
      title,
      status: 'published',
      withdrawalReason: null,
    });

    // Anonymous callers get every public query from it.
    const answers = await graphql<{
      release: { id: string; downloads: { url: string }[] };
      series: { period: string }[];
      breakdown: { value: string }[];
      takedownTimes: { period: string }[];
      redistribution: { period: string }[];
      spikes: { kind: string }[];
      annotations: { id: string }[];
    }>(
      stack!.api,
      `
        query ($r: ID!, $last: String!) {
          release(id: $r) {
            id
            downloads {
              url
            }
          }
          series(metric: "hotline.reports.received", releaseId: $r) {
            period
            value
            suppression
          }
          breakdown(
            metric: "hotline.urls.csam"
            dimension: "hosting_country"
            period: $last
            releaseId: $r
          ) {
            value
            count
            suppression
          }
          takedownTimes(releaseId: $r) {
            period
            data
          }
          redistribution(releaseId: $r) {
            period
            data
          }
          spikes(releaseId: $r) {
            kind
            period
            data
          }
          annotations {
            id
          }
        }
      `,
      { r: releaseId, last: months.at(-1) },
    );
    expect(answers.data.release.downloads).toHaveLength(4);
    expect(answers.data.series.map((p) => p.period)).toEqual(months);
    expect(answers.data.breakdown.length).toBeGreaterThan(0);
    expect(answers.data.takedownTimes.length).toBeGreaterThan(0);
    expect(answers.data.redistribution.length).toBeGreaterThan(0);
    expect(Array.isArray(answers.data.spikes)).toBe(true);

    // The next release of the series is compared with it.
    const cookie = await sessionCookie(stack!.api, REVIEWER.email, REVIEWER.password);
    const next = await graphql<{ createRelease: { id: string } }>(
      stack!.api,
      'mutation ($i: CreateReleaseInput!) { createRelease(input: $i) { id } }',
      { i: { granularity: 'month', periodFrom: months[0], periodTo: months[2] } },
      cookie,
    );
    await page.goto(`${webUrl}/review/releases/${next.data.createRelease.id}`);
    await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 120_000 });
    await page
      .getByText(`Compared with “${title}”, version 1. No published cell changed.`)
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/release-second.png` });

    // A correction accepted after that build shows in the next release's changelog, with why.
    const hotline = await demoHotline(stack!.api);
    const lastMonth = months.at(-1)!;
    const current = hotline.statuses.find((s) => s.period === lastMonth)!;
    const figures = await hotline.figuresOf(current.submissionId!);
    const submissions = stack!.api.app.get(SubmissionsService);
    const actor = { label: 'browser-test' };
    const correction = await submissions.submit({
      organizationId: hotline.id,
      document: {
        period: lastMonth,
        figures: figures.map((f) => ({
          metric: f.metric,
          dimensions: Object.fromEntries(f.dimensions.map((d) => [d.dimension, d.value])),
          value:
            f.metric === 'hotline.reports.received' && f.dimensions.length === 0
              ? f.value + 1000
              : f.value,
        })),
      },
      source: 'api',
      actor,
    });
    expect(correction.ok).toBe(true);
    await submissions.review(correction.submission!.id, 'accepted', null, actor);
    const third = await graphql<{ createRelease: { id: string } }>(
      stack!.api,
      'mutation ($i: CreateReleaseInput!) { createRelease(input: $i) { id } }',
      { i: { granularity: 'month', periodFrom: months[0], periodTo: months[2] } },
      cookie,
    );
    await page.goto(`${webUrl}/review/releases/${third.data.createRelease.id}`);
    await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 120_000 });
    await page.getByText('Corrected figures').first().waitFor();
    const { data: built } = await graphql<{
      releaseDraft: {
        changelog: {
          metric: string;
          scope: string;
          period: string;
          dimension: string | null;
          delta: number | null;
          reasons: string[];
        }[];
      };
    }>(
      stack!.api,
      'query ($id: ID!) { releaseDraft(id: $id) { changelog } }',
      { id: third.data.createRelease.id },
      cookie,
    );
    expect(
      built.releaseDraft.changelog.find(
        (c) =>
          c.metric === 'hotline.reports.received' &&
          c.scope === 'network' &&
          c.period === lastMonth &&
          c.dimension === null,
      ),
    ).toMatchObject({ delta: 1000, reasons: ['corrected_submissions'] });
    await shot(page, 'release-correction');

    // It is listed with the others.
    await page.getByRole('link', { name: 'All releases' }).click();
    await page.waitForURL(/\/review\/releases$/);
    await page.locator(`tr[data-release="${next.data.createRelease.id}"]`).waitFor();
    await expect(
      page.locator(`tr[data-release="${releaseId}"]`).getAttribute('data-status'),
    ).resolves.toBe('published');
    await shot(page, 'releases-list');

    // Withdrawing needs a reason, which is then public.
    await page.getByRole('link', { name: new RegExp(`^Open · ${title}`) }).click();
    await page.getByRole('button', { name: 'Withdraw the release' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Say why the release is withdrawn.' })
      .waitFor();
    await page.getByLabel('Reason for withdrawal').fill('Built only to test the pages.');
    await page.getByRole('button', { name: 'Withdraw the release' }).click();
    await page.getByText('The release is withdrawn.').waitFor();
    const withdrawn = (await publicReleases()).find((r) => r.id === releaseId);
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Built only to test the pages.',
    });
    await shot(page, 'release-withdrawn');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a note to the annotation log and corrects it', async () => {
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/review/annotations`);
    await signIn(page, /\/review\/annotations$/);
    await page.getByRole('heading', { level: 1, name: 'Annotation log' }).waitFor();

    // Mistakes first: an unreadable period and no text.
    await page.getByLabel('Period', { exact: true }).fill('March');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByText('Write a period like 2026-03, 2026-Q1, 2026-H1 or 2026.').waitFor();
    await page.getByText('Write the note.').waitFor();

    const period = months[1]!;
    await page.getByLabel('Period', { exact: true }).fill(period);
    await page.getByLabel('Note', { exact: true }).fill('A hotline started hash matching.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    const row = page.locator('tr[data-annotation]', {
      hasText: 'A hotline started hash matching.',
    });
    await row.waitFor();
    const annotationId = await row.getAttribute('data-annotation');

    await row.getByRole('button', { name: /^Edit · / }).click();
    const heading = page.getByRole('heading', { name: 'Edit the note' });
    await heading.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Edit the note',
    );
    await expect(page.getByLabel('Note', { exact: true }).inputValue()).resolves.toBe(
      'A hotline started hash matching.',
    );
    await page
      .getByLabel('Note', { exact: true })
      .fill('A hotline started hash matching of known images.');
    await shot(page, 'annotations-edit');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('heading', { name: 'Add a note' }).waitFor();
    await expect(
      page.locator(`tr[data-annotation="${annotationId}"] .annotation-text`).textContent(),
    ).resolves.toBe('A hotline started hash matching of known images.');

    const { data } = await graphql<{ annotations: { id: string; period: string; text: string }[] }>(
      stack!.api,
      '{ annotations { id period text } }',
    );
    expect(data.annotations.find((a) => a.id === annotationId)).toEqual({
      id: annotationId,
      period,
      text: 'A hotline started hash matching of known images.',
    });
    await shot(page, 'annotations');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the releases page in French', async () => {
    const { page, context, errors } = await openPage(stack!.browser, { locale: 'fr-FR' });
    await page.goto(`${webUrl}/review/releases?lang=fr`);
    await page.getByLabel('Adresse e-mail').fill(REVIEWER.email);
    await page.getByLabel('Mot de passe').fill(REVIEWER.password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(/\/review\/releases\?lang=fr$/);
    await page.getByRole('heading', { level: 1, name: 'Publications' }).waitFor();
    await page.getByRole('button', { name: 'Construire la publication' }).waitFor();
    await page.getByRole('heading', { name: 'Toutes les publications' }).waitFor();
    await shot(page, 'releases-fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
