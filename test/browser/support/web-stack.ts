// The built web app, the API on a throw-away embedded database with a small demo seed, and
// Chromium: what every browser test starts from. Build the app first: `npx nx run web:build`.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@candor/db';
import { CANDOR_CONFIG, loadConfig, type CandorConfig } from '@candor/api-platform';
import { DemoSeeder } from '@candor/api-submissions';
import { startApi, type RunningApi } from '../../../apps/api/src/app/start-api';

export const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
export const WEB_DIST = root('dist/apps/web');
export const SCREENSHOTS = root('test-output/browser');

export interface WebStack {
  api: RunningApi;
  /** Base URL of the web app, e.g. http://127.0.0.1:41234. */
  webUrl: string;
  browser: Browser;
  close(): Promise<void>;
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

/**
 * The demo figures end three months ago, whatever today is; the seed leaves the month after
 * them waiting for review, so last month has ended and has no figures yet, as a submitter would
 * find it.
 */
function demoLastMonth(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1))
    .toISOString()
    .slice(0, 7);
}

/**
 * Starts the database, the API (seeded with 4 hotlines and 3 companies over one year unless
 * `options` say otherwise, and the demo accounts), the web app's preview server and Chromium.
 * Sign-ins are not rate limited here, so tests may sign in as often as they need.
 */
export async function startWebStack(
  options: { years?: number; hotlines?: number; companies?: number } = {},
): Promise<WebStack> {
  const lastMonth = demoLastMonth();
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(`${WEB_DIST}/index.html is missing: run npx nx run web:build first.`);
  }
  let db: EmbeddedDatabase | undefined;
  let api: RunningApi | undefined;
  let server: ChildProcessWithoutNullStreams | undefined;
  let browser: Browser | undefined;

  const close = async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.stdin.end();
      await exited;
    }
    await api?.close();
    await db?.stop();
  };

  try {
    db = await startEmbeddedDatabase({});
    api = await startApi({
      ...loadConfig({ LOG_LEVEL: 'error' }),
      databaseUrl: db.url,
      demoData: 'off',
      apiPort: 0,
      loginRateLimit: 1000,
    });
    await api.app.get(DemoSeeder).seedIfEmpty({
      hotlines: options.hotlines ?? 4,
      companies: options.companies ?? 3,
      years: options.years ?? 1,
      lastMonth,
    });
    server = spawn(process.execPath, [root('test/browser/support/preview-web.mjs'), api.url!]);
    const webUrl = await readyUrl(server);
    // The web app's port is known only now: report PDFs are printed from its pages.
    api.app.get<CandorConfig>(CANDOR_CONFIG).webUrl = webUrl;
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
    return { api, webUrl, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A page of its own browser context (its own cookies), recording page and console errors. */
export async function openPage(
  browser: Browser,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** A GraphQL request to the API, with an optional session cookie. */
export async function graphql<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data: T; cookie: string | null }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('\n'));
  const setCookie = response.headers.get('set-cookie');
  return { data: body.data, cookie: setCookie ? setCookie.split(';')[0]! : null };
}

/** Signs in over GraphQL (for test setup) and returns the session cookie. */
export async function sessionCookie(
  api: RunningApi,
  email: string,
  password: string,
): Promise<string> {
  const { cookie } = await graphql(
    api,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { label } }',
    { e: email, p: password },
  );
  if (!cookie) throw new Error(`No session cookie for ${email}`);
  return cookie;
}
