#!/usr/bin/env node
// `npm run bench [-- --reload]`: the scale benchmark (docs/benchmarks.md). Builds the API, loads the
// reference network (~10 million figures) into its own database unless the same generator version
// is there already, then measures in one run, each next to its baseline: release builds against
// the plain SQL aggregation, public queries over HTTP against the same SELECT through `pg`, and a
// 100,000-row CSV submission against a plain COPY; with each step's peak memory. Then the web
// benchmark (scripts/bench/web.mjs: JS per route, time to the first chart, `npm run bench:web`).
import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { measureIngest, ingestCsv } from './bench/ingest.mjs';
import { runNode, startApi } from './bench/processes.mjs';
import { measureQueries } from './bench/queries.mjs';
import { measureAnnualReport } from './bench/report.mjs';
import { agent } from './bench/http.mjs';
import { formatTable, megabytes, ms, perSecond, ratio, seconds } from './bench/stats.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--reload');
if (unknown.length) {
  console.error(`Unknown option ${unknown[0]}. Usage: npm run bench [-- --reload]`);
  process.exit(2);
}
const databaseUrl =
  process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/candor_bench';
const database = new URL(databaseUrl).pathname.slice(1);
const port = Number(process.env.BENCH_API_PORT || 3917);
const log = (message) => console.error(`[bench] ${message}`);
const apiEnv = {
  DATABASE_URL: databaseUrl,
  CANDOR_DEMO_DATA: 'off',
  LOG_LEVEL: 'warn',
  CANDOR_PUBLIC_RATE_LIMIT: '0',
  CANDOR_MAX_UPLOAD_MB: '64',
};

async function ensureDatabase() {
  const admin = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    database,
  ]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  await admin.end();
}

/** Every run builds its releases from scratch: version 1, no previous release to compare with. */
async function clearReleases() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('TRUNCATE report, release_statistic, release_cell, release');
  const { rows } = await client.query('SELECT version() AS version');
  await client.end();
  return rows[0].version.split(' on ')[0];
}

async function releaseStep(granularity, range) {
  log(`building the ${granularity} release (real ReleaseBuilder, in a child process)`);
  const build = await runNode(
    'dist/apps/api/src/cli/release.js',
    [
      'build',
      '--granularity',
      granularity,
      ...(range ? ['--from', range.from, '--to', range.to] : []),
      '--publish',
    ],
    apiEnv,
  );
  const { from, to } = build.report;
  log(`plain SQL aggregation of the same rows (${from} to ${to})`);
  const sql = await runNode('scripts/bench/aggregate-sql.mjs', [granularity, from, to], apiEnv);
  return { build, sql };
}

async function main() {
  log('building the API and the web app (the report PDF is printed from its page)');
  execFileSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await ensureDatabase();
  log(`loading the reference network into ${database} (cached by generator version)`);
  const load = await runNode(
    'dist/apps/api/src/cli/reference-network.js',
    ['load', ...(args.includes('--reload') ? ['--reload'] : [])],
    { DATABASE_URL: databaseUrl },
  );
  const postgres = await clearReleases();

  const quarter = await releaseStep('quarter');
  const month = await releaseStep('month');
  // The whole calendar years of the reference network (2016-10 to 2026-09): an annual report of
  // 2025, with 2024 to compare with.
  const year = await releaseStep('year', { from: '2017', to: '2025' });

  log('the network annual report, all formats (JSON, CSV, PDF by headless Chromium)');
  const annual = await measureAnnualReport(databaseUrl, apiEnv, port, year.build.report.releaseId);

  log('public queries over HTTP against plain SQL (monthly release)');
  let api = await startApi(apiEnv, port);
  const queries = await measureQueries(databaseUrl, api.url, month.build.report.releaseId);
  const queriesPeak = api.peakRssMb();
  await api.stop();

  log('ingesting a 100,000-row CSV through the API against a plain COPY');
  const csv = ingestCsv();
  api = await startApi(apiEnv, port);
  const ingest = await measureIngest(databaseUrl, api.url, csv);
  const ingestPeak = api.peakRssMb();
  await api.stop();
  agent.destroy();

  const rows = [];
  const l = load.report;
  rows.push([
    l.cached ? 'reference network (loaded earlier)' : 'load reference network (COPY)',
    `${l.observations.toLocaleString('en')} figures, ${l.submissions.toLocaleString('en')} submissions in ${seconds(l.loadMs)}`,
    `${perSecond(l.observations / (l.loadMs / 1000))} rows`,
    '',
    '',
    l.cached ? '' : megabytes(load.peakRssMb),
  ]);
  for (const [label, step] of [
    ['quarterly', quarter],
    ['monthly', month],
    ['yearly', year],
  ]) {
    const r = step.build.report;
    rows.push([
      `release build, ${label} ${r.from}…${r.to}`,
      `${seconds(r.buildMs)} (${r.cells.toLocaleString('en')} cells)`,
      `SQL ${seconds(step.sql.report.ms)} (${step.sql.report.rows.toLocaleString('en')} rows)`,
      ratio(r.buildMs / step.sql.report.ms),
      '< 60 s, ≤ 3×',
      `${megabytes(step.build.peakRssMb)} (SQL ${megabytes(step.sql.peakRssMb)})`,
    ]);
  }
  const a = annual.produced.report;
  rows.push([
    'annual report (network, en): JSON + CSV + PDF',
    `${seconds(a.totalMs)}: data ${ms(a.dataMs)} (${a.appendixRows.toLocaleString('en')} rows), PDF ${seconds(a.pdfMs)} (${Math.round(a.pdfBytes / 1024)} kB)`,
    `SELECT cells ${ms(annual.baseline.ms)} (${annual.baseline.rows.toLocaleString('en')} rows)`,
    ratio(a.dataMs / annual.baseline.ms),
    '',
    megabytes(annual.produced.peakRssMb),
  ]);
  for (const [label, q] of [
    ['series', queries.series],
    ['breakdown', queries.breakdown],
  ]) {
    for (const [kind, s] of [
      ['first', q.first],
      ['repeated', q.repeated],
    ]) {
      rows.push([
        `${label} over HTTP, ${kind} (n=${s.n})`,
        `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`,
        `SQL p50 ${ms(q.sql.p50)}, p99 ${ms(q.sql.p99)}`,
        ratio(s.p50 / q.sql.p50),
        'p50 ≤ 1.5×, p99 < 50 ms',
        megabytes(queriesPeak),
      ]);
    }
  }
  rows.push([
    'series under 50 connections, 5 s',
    `${perSecond(queries.load.perSecond)} requests, ${queries.load.errors} errors`,
    '',
    '',
    '5,000 /s, no errors',
    megabytes(queriesPeak),
  ]);
  rows.push([
    `ingest ${csv.rows.toLocaleString('en')}-row CSV (${csv.periods} months)`,
    `${perSecond(ingest.apiRowsPerSecond)} rows (${seconds(ingest.apiMs)})`,
    `COPY ${perSecond(ingest.copyRowsPerSecond)} rows (${ms(ingest.copyMs)})`,
    ratio(ingest.apiRowsPerSecond / ingest.copyRowsPerSecond),
    '≥ 0.33×',
    megabytes(ingestPeak),
  ]);
  rows.push([
    '  (reference: COPY as observation rows, with indexes)',
    '',
    `COPY ${perSecond(ingest.indexedCopyRowsPerSecond)} rows (${ms(ingest.indexedCopyMs)})`,
    ratio(ingest.apiRowsPerSecond / ingest.indexedCopyRowsPerSecond),
    '',
    '',
  ]);

  console.log(
    `\nCandor scale benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
      `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}, ${postgres}\n`,
  );
  console.log(formatTable(['step', 'figure', 'baseline', 'ratio', 'target', 'peak RSS'], rows));
  console.log(
    '\nPeak RSS: the process doing the step (release CLI, SQL client, API server). Timings on a shared machine are noisy.',
  );

  log('web performance (scripts/bench/web.mjs)');
  await runWebBench();
}

/** The web benchmark in its own process, its tables printed after this one's. */
function runWebBench() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/web.mjs'], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`scripts/bench/web.mjs exited ${code}`)),
    );
  });
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
