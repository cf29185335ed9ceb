// Submitting and reviewing figures in Chromium: sign-in, the submitter's periods, a CSV upload
// with errors shown at their lines and cells, the fix, the review, the form and API keys.
// Build first: `npx nx run web:build`.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  demoHotline,
  HOTLINE_ADMIN,
  periodLabel,
  REVIEWER,
  SUBMITTER,
  totalOf,
  type DemoHotline,
} from './support/demo-data';
import { openPage, SCREENSHOTS, startWebStack, type WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

/** Signs in on the sign-in page the app sent the browser to, then waits to be sent back. */
async function signIn(page: Page, who: { email: string; password: string }, back: RegExp) {
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(back);
}

describe('submitting and reviewing figures in Chromium', () => {
  let stack: WebStack | undefined;
  let hotline: DemoHotline;
  let webUrl: string;

  beforeAll(async () => {
    stack = await startWebStack();
    webUrl = stack.webUrl;
    hotline = await demoHotline(stack.api);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('a submitter fixes a CSV with two errors and submits it; a reviewer accepts it', async () => {
    // A recent ended period without figures, and the latest figures for realistic values.
    const period = hotline.statuses.find((s) => s.status === 'missing')?.period;
    const latest = hotline.statuses.find((s) => s.submissionId);
    expect(period).toBeDefined();
    const figures = await hotline.figuresOf(latest!.submissionId!);
    const received = totalOf(figures, 'hotline.reports.received');
    const assessed = totalOf(figures, 'hotline.reports.assessed');
    const csam = totalOf(figures, 'hotline.reports.csam');
    const urls = totalOf(figures, 'hotline.urls.csam');
    const nl = Math.floor(urls * 0.6);
    const csv = (csamCell: string, extraRow: boolean) =>
      [
        'period,metric,hosting_country,value',
        `${period},hotline.reports.received,,${received}`,
        `${period},hotline.reports.assessed,,${assessed}`,
        `${period},hotline.reports.csam,,${csamCell}`,
        `${period},hotline.urls.csam,,${urls}`,
        `${period},hotline.urls.csam,NL,${nl}`,
        `${period},hotline.urls.csam,unknown,${urls - nl}`,
        ...(extraRow ? [`${period},hotline.reports.recieved,,12`] : []),
        '',
      ].join('\n');
    const label = periodLabel(period!);

    // Signed out, the submitter pages lead to the sign-in page and back.
    const submitter = await openPage(stack!.browser);
    const page = submitter.page;
    await page.goto(`${webUrl}/submit`);
    await page.waitForURL(/\/sign-in\?next=%2Fsubmit$/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await shot(page, 'sign-in');
    await signIn(page, SUBMITTER, /\/submit$/);

    // Home: the period is missing, with its deadline.
    const row = page.locator(`tr[data-period="${period}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('missing');
    await expect(row.locator('th').textContent()).resolves.toBe(label);
    await expect(page.getByRole('navigation', { name: 'Main' }).textContent()).resolves.toContain(
      'Submit',
    );
    await shot(page, 'submit-home');

    // Upload the file with a negative value (line 4) and an unknown metric (line 8).
    await page.getByRole('link', { name: 'Upload a CSV file' }).click();
    await page.waitForURL(/\/submit\/upload$/);
    const file = page.getByLabel('CSV file');
    await file.setInputFiles({
      name: 'figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv(`-${csam}`, true)),
    });
    await page.locator('tr[data-line="8"]').waitFor();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('heading', { name: 'The file has 2 errors to fix' }).waitFor();

    const errors = page.locator('table.issues--error tbody tr');
    await expect(
      errors.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row'))),
    ).resolves.toEqual(['4', '8']);
    await expect(
      errors.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))),
    ).resolves.toEqual(['NEGATIVE_VALUE', 'UNKNOWN_METRIC']);
    await expect(page.locator('tr[data-line="4"]').getAttribute('class')).resolves.toBe(
      'row--error',
    );
    await expect(page.locator('tr[data-line="8"]').getAttribute('class')).resolves.toBe(
      'row--error',
    );
    await expect(page.locator('tr[data-line="5"]').getAttribute('class')).resolves.toBeNull();
    await expect(page.locator('#csv-cell-4-3').textContent()).resolves.toBe(
      `-${csam} (error: Negative value)`,
    );
    await expect(page.locator('#csv-cell-8-1').textContent()).resolves.toBe(
      'hotline.reports.recieved (error: Unknown metric)',
    );
    // Each error links to its cell, by keyboard too.
    await errors.nth(1).getByRole('link', { name: 'Go to line 8' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('csv-cell-8-1');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'upload-errors');

    // Replace the file with the fixed one and submit it (twice, quickly: one version only).
    await file.setInputFiles({
      name: 'figures-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv(String(csam), false)),
    });
    await page.getByText('The text has changed since this report.').waitFor();
    await page.getByRole('button', { name: 'Submit', exact: true }).dblclick();
    await page.getByRole('heading', { name: 'Stored: 1 version' }).waitFor();
    const stored = page.locator('.report table tbody tr');
    await expect(stored.count()).resolves.toBe(1);
    await expect(stored.textContent()).resolves.toContain('Waiting for review');
    await expect(hotline.versionsOf(period!)).resolves.toEqual([
      { version: 1, status: 'submitted' },
    ]);
    await shot(page, 'upload-stored');

    // The period's history lists the version.
    await stored.getByRole('link', { name: `History · ${label}` }).click();
    await page.getByRole('heading', { level: 1, name: `History of ${label}` }).waitFor();
    await page.locator('tr[data-version="1"]').waitFor();
    await shot(page, 'history');

    // A reviewer, in a browser of their own, accepts it from the queue.
    const reviewer = await openPage(stack!.browser);
    await reviewer.page.goto(`${webUrl}/review`);
    await reviewer.page.waitForURL(/\/sign-in\?next=%2Freview$/);
    await signIn(reviewer.page, REVIEWER, /\/review$/);
    const item = reviewer.page.locator(`tr[data-period="${period}"]`, { hasText: hotline.name });
    await item.waitFor();
    await shot(reviewer.page, 'review-queue');
    await item.getByRole('link', { name: `Review · ${hotline.name} · ${label}` }).click();
    await reviewer.page
      .getByRole('heading', { level: 1, name: `${hotline.name}: ${label}, version 1` })
      .waitFor();
    await reviewer.page.locator('.comparison__table tbody tr').first().waitFor();
    await expect(
      reviewer.page.locator('.comparison__table tbody tr[data-change="added"]').count(),
    ).resolves.toBe(6);
    await shot(reviewer.page, 'review-detail');
    await reviewer.page.getByRole('button', { name: 'Accept version 1' }).click();
    await reviewer.page.getByRole('heading', { name: 'Accepted' }).waitFor();
    await shot(reviewer.page, 'review-accepted');
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();

    // The submitter's home now shows the period as accepted.
    await page.goto(`${webUrl}/submit`);
    await expect(
      page.locator(`tr[data-period="${period}"][data-status="accepted"]`).textContent(),
    ).resolves.toContain('Accepted');
    await shot(page, 'submit-home-accepted');
    expect(submitter.errors).toEqual([]);
    await submitter.context.close();
  });

  it('says clearly when the e-mail or the password is wrong', async () => {
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(SUBMITTER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'The e-mail address or the password is not right.',
    );
    await expect(page.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');
    await shot(page, 'sign-in-error');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('generates the form from the catalogue and puts errors next to their fields', async () => {
    const accepted = hotline.statuses.find((s) => s.status === 'accepted');
    const figures = await hotline.figuresOf(accepted!.submissionId!);
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/submit/form/${accepted!.period}`);
    await signIn(page, SUBMITTER, new RegExp(`/submit/form/${accepted!.period}$`));
    const received = page.locator('[id="field-total-hotline.reports.received"]');
    await received.waitFor();
    await expect(received.inputValue()).resolves.toBe(
      String(totalOf(figures, 'hotline.reports.received')),
    );
    // Histogram buckets, generated from the catalogue.
    await expect(page.locator('[id^="field-bucket-hotline.takedown-"]').count()).resolves.toBe(13);
    await page.screenshot({ path: `${SCREENSHOTS}/form.png` });
    await page.getByRole('group', { name: 'By Hosting country' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/form-breakdowns.png` });

    const csam = page.locator('[id="field-total-hotline.reports.csam"]');
    await csam.fill('-5');
    await page.getByRole('button', { name: 'Check figures' }).click();
    await page.getByRole('heading', { name: 'The figures have 1 error to fix' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/form-report.png` });
    await expect(csam.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(
      page.locator('[id="field-total-hotline.reports.csam-issues"]').textContent(),
    ).resolves.toContain('Negative value');
    await page.getByRole('link', { name: 'Go to Reports confirmed as CSAM · Total' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'field-total-hotline.reports.csam',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/form-error.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an organization admin create a key, shown once, and revoke it', async () => {
    const { page, context, errors } = await openPage(stack!.browser);
    await page.goto(`${webUrl}/submit/keys`);
    await signIn(page, HOTLINE_ADMIN, /\/submit\/keys$/);
    await page.getByLabel('What the key is for').fill('monthly export job');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByLabel('The new key');
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^cnd_/);
    await expect(page.locator('pre.code-block').textContent()).resolves.toContain(
      `Authorization: Bearer ${key}`,
    );
    await shot(page, 'keys-created');

    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await expect(secret.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Revoke · monthly export job' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “monthly export job”?' });
    await dialog.waitFor();
    await shot(page, 'keys-revoke');
    await dialog.getByRole('button', { name: 'Revoke the key' }).click();
    await page.locator('tr.row--revoked', { hasText: 'monthly export job' }).waitFor();
    await shot(page, 'keys');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the submitter pages in French', async () => {
    const { page, context, errors } = await openPage(stack!.browser, { locale: 'fr-FR' });
    await page.goto(`${webUrl}/submit?lang=fr`);
    await page.waitForURL(/\/sign-in\?lang=fr&next=/);
    await page.getByLabel('Adresse e-mail').fill(SUBMITTER.email);
    await page.getByLabel('Mot de passe').fill(SUBMITTER.password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(/\/submit\?lang=fr$/);
    await page.getByRole('heading', { level: 1, name: 'Transmissions' }).waitFor();
    await page.locator('tr[data-period]').first().waitFor();
    await shot(page, 'submit-home-fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
