#!/usr/bin/env node
// `npm start`: builds the API and the web app, starts the API (embedded database unless
// DATABASE_URL is set; demo data on first start), waits until it is healthy, then serves the web
// app with /graphql proxied to the API, and prints the URLs. Ctrl+C stops both.
import { execFileSync, spawn } from 'node:child_process';
import { preview } from 'vite';

const apiPort = process.env.API_PORT || '3000';
const webPort = process.env.WEB_PORT || '4200';
const env = { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT || 'text' };

function fail(message) {
  console.error(`Candor cannot start: ${message}`);
  process.exit(1);
}

console.log('Building the API and the web app …');
try {
  execFileSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    { stdio: 'inherit' },
  );
} catch {
  fail('the build failed (see above).');
}

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
  env,
  stdio: 'inherit',
});
let stopping = false;
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`The API stopped (exit code ${code}).`);
    process.exit(code || 1);
  }
});

async function waitForHealth() {
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${apiPort}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet: migrations and the first demo seed run before the API listens.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

await waitForHealth();

let web;
try {
  web = await preview({
    configFile: 'apps/web/vite.config.mts',
    preview: { port: Number(webPort), strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
} catch (error) {
  stopping = true;
  api.kill('SIGTERM');
  fail(
    error?.code === 'EADDRINUSE' || /in use/.test(String(error?.message))
      ? `WEB_PORT ${webPort} is already in use: stop the other process or set WEB_PORT.`
      : String(error?.message ?? error),
  );
}

const database = process.env.DATABASE_URL
  ? 'PostgreSQL server (DATABASE_URL)'
  : `embedded PGlite in ${process.env.CANDOR_DATA_DIR || '.candor-data'}`;
console.log(`
Candor is running
  Web app   http://localhost:${webPort}
  GraphQL   http://localhost:${apiPort}/graphql
  Health    http://localhost:${apiPort}/health
  Database  ${database}
Press Ctrl+C to stop.
`);

function stop() {
  stopping = true;
  api.kill('SIGTERM');
  Promise.resolve(web?.close()).finally(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
