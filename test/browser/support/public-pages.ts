// What the public pages' browser tests share: the latest release of a grain, period labels as
// the English pages say them, a CSV downloaded from a chart frame, and a fresh page per test.
import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { graphql, openPage, root, startWebStack, type WebStack } from './web-stack';

/** Where the public pages' screenshots go. */
export const SHOTS = root('test-output/screenshots');

export interface PublicRelease {
  id: string;
  title: string;
  version: number;
  series: string;
  periodFrom: string;
  periodTo: string;
}

/** The latest published release at a granularity, as the public API gives it. */
export async function latestRelease(
  api: WebStack['api'],
  granularity: string,
): Promise<PublicRelease> {
  const answer = await graphql<{ latestRelease: PublicRelease }>(
    api,
    'query ($g: String!) { latestRelease(granularity: $g) { id title version series periodFrom periodTo } }',
    { g: granularity },
  );
  return answer.data.latestRelease;
}

/** Publishes the demo releases unless the seed already has some. */
export async function publishDemoIfNone(api: WebStack['api']): Promise<void> {
  const releases = await graphql<{ releases: unknown[] }>(api, '{ releases { id } }');
  if (releases.data.releases.length > 0) return;
  await publishDemoRelease(api.app.get(DataSource), api.app.get(ReleasesService));
}

/** "2025-Q3" as the English pages say it: "Q3 2025". */
export const quarterLabel = (code: string) => code.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');

/** "2025-03" as the English pages say it: "March 2025". */
export const monthLabel = (code: string) => {
  const [year, month] = code.split('-');
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(year), Number(month) - 1, 1),
  );
};

/** Intl uses (narrow) no-break spaces in some languages; compare with plain spaces. */
export const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** A CSV as rows of fields; the pages' CSVs quote nothing here (codes and numbers only). */
export const parseCsv = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

/** Clicks a chart frame's "Download CSV" link: the file's suggested name and its rows. */
export async function downloadCsv(
  page: Page,
  frame: Locator,
): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('link', { name: /^Download CSV/ }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    rows: parseCsv(await readFile((await download.path())!, 'utf8')),
  };
}

/**
 * Opens a page of its own browser context (page and console errors recorded) before each test,
 * hands it to `opened`, and closes it after the test.
 */
export function freshPageEachTest(
  stack: () => WebStack | undefined,
  opened: (fresh: { page: Page; errors: string[] }) => void,
): void {
  let page: Page | undefined;
  beforeEach(async () => {
    const running = stack();
    if (!running) return;
    const fresh = await openPage(running.browser);
    page = fresh.page;
    opened(fresh);
  });
  afterEach(async () => {
    if (page && !page.isClosed()) await page.context().close();
  });
}

export interface PublicStack {
  stack: WebStack;
  webUrl: string;
  /** The latest quarterly and monthly releases once the demo is published. */
  quarterly: PublicRelease;
  monthly: PublicRelease;
}

/**
 * A demo stack for a public page's tests: seeded with `seed`, its demo releases published
 * (`always`, or only if the seed has none), started before all tests and closed after them; and
 * a fresh page for each test (see `freshPageEachTest`).
 */
export function publicPagesLifecycle(
  options: {
    seed: Parameters<typeof startWebStack>[0];
    publish: 'always' | 'if-none';
  },
  started: (ready: PublicStack) => void,
  opened: (fresh: { page: Page; errors: string[] }) => void,
): void {
  let stack: WebStack | undefined;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    stack = await startWebStack(options.seed);
    if (options.publish === 'always')
      await publishDemoRelease(stack.api.app.get(DataSource), stack.api.app.get(ReleasesService));
    else await publishDemoIfNone(stack.api);
    started({
      stack,
      webUrl: stack.webUrl,
      quarterly: await latestRelease(stack.api, 'quarter'),
      monthly: await latestRelease(stack.api, 'month'),
    });
  });
  freshPageEachTest(() => stack, opened);
  afterAll(async () => {
    await stack?.close();
  });
}
