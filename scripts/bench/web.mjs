#!/usr/bin/env node
// `npm run bench:web` (also the end of `npm run bench`): web performance, docs/benchmarks.md.
// Builds the API and the web app, then
//   1. per public route, the gzip size of the JavaScript it loads: the entry and its static
//      imports, plus the route's lazy chunk(s) and their static imports, from Vite's manifest;
//      which lazy chunks a route loads is read from headless Chromium's requests, so the routes
//      need no table of module names (a route that is not built yet is skipped with a note);
//   2. the time from navigation start to the overview's first chart (its first sparkline) in
//      headless Chromium against the embedded demo (API on a fresh PGlite data folder + vite
//      preview), median of 5 cold loads, each in a new browser context;
//   3. the API's peak RSS (the embedded database runs inside it), on its first start (which seeds
//      the demo and publishes its releases) and while serving the loads.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  dynamicEntriesOf,
  kilobytes,
  readManifest,
  routeBundle,
  sumGzip,
  WEB_DIST,
} from './bundles.mjs';
import { peakRssMb } from './processes.mjs';
import { formatTable, megabytes, ms } from './stats.mjs';

const ROUTES = [
  '/',
  '/trends',
  '/takedown',
  '/known-content',
  '/countries',
  '/releases',
  '/methodology',
];
const OVERVIEW_BUDGET_BYTES = 250_000;
const FIRST_CHART_TARGET_MS = 1500;
const COLD_LOADS = 5;
/** The overview's first chart: its sparklines are drawn only once the figures have arrived. */
const FIRST_CHART = 'svg.sparkline';
const apiPort = Number(process.env.BENCH_WEB_API_PORT || 3913);
const webPort = Number(process.env.BENCH_WEB_PORT || 4913);
const apiUrl = `http://127.0.0.1:${apiPort}`;
const webUrl = `http://127.0.0.1:${webPort}`;
const log = (message) => console.error(`[bench:web] ${message}`);

/** Waits until `url` answers 200, for at most `seconds`, unless the child exits first. */
async function waitFor(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** A child process that `stop()` ends by its pid, waiting for it to exit. */
function spawnChild(args, env, unset = []) {
  const childEnv = { ...process.env, ...env };
  for (const name of unset) delete childEnv[name];
  const child = spawn(process.execPath, args, {
    env: childEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The built API on the embedded database in `dataDir` (demo data seeded on its first start). */
async function startApi(dataDir) {
  const env = {
    API_PORT: String(apiPort),
    CANDOR_DATA_DIR: dataDir,
    CANDOR_DEMO_DATA: 'auto',
    CANDOR_PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
  };
  // The embedded demo, whatever the shell says: no DATABASE_URL.
  const api = spawnChild(['dist/apps/api/src/main.js'], env, ['DATABASE_URL']);
  // The first start migrates, seeds two years of demo figures and publishes their releases
  // before it listens.
  await waitFor(`${apiUrl}/health`, api.child, 600);
  return { ...api, peakRssMb: () => peakRssMb(api.child.pid) };
}

/** vite preview of the web app built into `webDir`, /graphql proxied to the API. */
async function startPreview(webDir) {
  const web = spawnChild(
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '-c',
      'apps/web/vite.config.mts',
      '--outDir',
      webDir,
    ],
    {
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
    },
  );
  await waitFor(`${webUrl}/`, web.child, 60);
  return web;
}

function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
}

/** The built JS files (`assets/…js`) a page requests until the network is idle, in a new context. */
async function requestedScripts(browser, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script' && pathname.startsWith('/assets/'))
      files.add(pathname.slice(1));
  });
  await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  return files;
}

/** Per route: the JS it loads, gzipped; routes that load no lazy chunk of their own are skipped. */
async function routeSizes(browser, manifest, webDir) {
  // What an unknown address loads (the shell and its not-found page) is no route's own.
  const baseline = new Set(
    dynamicEntriesOf(manifest, await requestedScripts(browser, '/no-such-page')),
  );
  const rows = [];
  for (const route of ROUTES) {
    const requested = await requestedScripts(browser, route);
    const lazy = dynamicEntriesOf(manifest, requested).filter((key) => !baseline.has(key));
    if (lazy.length === 0) {
      rows.push({ route, skipped: 'not built yet (the app shows its not-found page)' });
      continue;
    }
    const bundle = routeBundle(manifest, lazy, webDir);
    // A chunk fetched at run time beyond the static imports (a nested import()) counts too.
    const extra = [...requested].filter(
      (file) => file.endsWith('.js') && !bundle.fileSet.has(file),
    );
    rows.push({ route, ...bundle, extraBytes: sumGzip(extra, webDir) });
  }
  return rows;
}

/** Time from navigation start to the first chart element, in a new (cold) browser context. */
async function timeToFirstChart(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((selector) => {
    // Set the time of the first frame after the chart is in the document (performance.now()
    // counts from navigation start).
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.__candorFirstChart = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, FIRST_CHART);
  const page = await context.newPage();
  await page.goto(`${webUrl}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__candorFirstChart !== undefined, null, {
    timeout: 60_000,
  });
  const elapsed = await page.evaluate(() => window.__candorFirstChart);
  await context.close();
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  log('building the API and the web app');
  execFileSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const workDir = mkdtempSync(join(os.tmpdir(), 'candor-bench-web-'));
  const dataDir = join(workDir, 'data');
  // A copy of the build: other builds of the checkout cannot change what is measured and served.
  const webDir = join(workDir, 'web');
  cpSync(WEB_DIST, webDir, { recursive: true });
  const manifest = readManifest(webDir);
  const running = [];
  let browser;
  try {
    log(`first start of the embedded demo in ${dataDir} (seeds and publishes the demo releases)`);
    let api = await startApi(dataDir);
    running.push(api);
    const seedPeak = api.peakRssMb();
    await api.stop();
    running.pop();

    log('restarting the API on the seeded data, starting vite preview and Chromium');
    api = await startApi(dataDir);
    running.push(api);
    running.push(await startPreview(webDir));
    browser = await launchChromium();

    // First, so that the first of these loads finds the API as a first visitor would.
    log(`time to the overview's first chart, ${COLD_LOADS} cold loads`);
    const times = [];
    for (let i = 0; i < COLD_LOADS; i++) times.push(await timeToFirstChart(browser));

    log('JavaScript per route');
    const sizes = await routeSizes(browser, manifest, webDir);
    const servePeak = api.peakRssMb();

    console.log(
      `\nCandor web benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
        `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ` +
        `Chromium ${browser.version()}\n`,
    );
    console.log(
      formatTable(
        ['route', 'JS files', 'entry + shared, gzip', 'route, gzip', 'total, gzip', 'target'],
        sizes.map((row) =>
          row.skipped
            ? [row.route, '', '', '', `skipped: ${row.skipped}`, '']
            : [
                row.route,
                String(row.files),
                kilobytes(row.sharedBytes),
                kilobytes(row.routeBytes + row.extraBytes),
                kilobytes(row.totalBytes + row.extraBytes),
                row.route === '/'
                  ? `< ${kilobytes(OVERVIEW_BUDGET_BYTES)} ${row.totalBytes + row.extraBytes < OVERVIEW_BUDGET_BYTES ? '(met)' : '(missed)'}`
                  : '',
              ],
        ),
      ),
    );
    console.log('');
    const firstChart = median(times);
    console.log(
      formatTable(
        ['step', 'figure', 'target', 'peak RSS'],
        [
          [
            `time to first chart, / (median of ${COLD_LOADS} cold loads)`,
            `${ms(firstChart)} (${ms(Math.min(...times))} – ${ms(Math.max(...times))})`,
            `< ${ms(FIRST_CHART_TARGET_MS)} ${firstChart < FIRST_CHART_TARGET_MS ? '(met)' : '(missed)'}`,
            megabytes(servePeak),
          ],
          [
            'API first start: migrate, seed the demo, publish releases',
            '',
            '',
            megabytes(seedPeak),
          ],
        ],
      ),
    );
    console.log(
      '\nJS sizes: each file gzipped on its own (level 9; kB = 1,000 bytes); entry + shared is what every route loads. ' +
        'Peak RSS: the API process, embedded database included. Timings on a shared machine are noisy.',
    );
  } finally {
    await browser?.close();
    for (const child of running.reverse()) await child.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[bench:web] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
