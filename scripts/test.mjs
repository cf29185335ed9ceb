#!/usr/bin/env node
// `npm test`: every test — unit, integration (real PostgreSQL), e2e over HTTP and browser
// (Chromium) — after building the API and the web app the browser tests serve.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
console.log(
  `Tests use PostgreSQL at ${databaseUrl.replace(/:[^:@/]+@/, ':***@')} (set DATABASE_URL to change).`,
);

execFileSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
  { stdio: 'inherit' },
);

mkdirSync('test-output', { recursive: true });
const results = 'test-output/jest-results.json';
const run = spawnSync(
  process.execPath,
  [
    'scripts/jest.mjs',
    '--selectProjects',
    'unit',
    'integration',
    'e2e',
    'browser',
    '--json',
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } },
);

try {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
} catch {
  console.log('\nNo test results were written (see the errors above).');
}
process.exit(run.status ?? 1);
