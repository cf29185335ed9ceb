// The network's annual report on the reference network, all formats: the report CLI publishes it
// (JSON and CSV built from the year release and frozen) and renders its PDF by headless Chromium
// from the web page, served by Vite preview against the CLI's own API. Baseline in the same run:
// reading the release's cells with one SELECT through `pg`.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { runNode } from './processes.mjs';

/** Vite preview of the built web app proxying to `apiUrl`; resolves with its URL and a stop(). */
function startWebPreview(apiUrl) {
  const child = spawn(process.execPath, ['test/browser/support/preview-web.mjs', apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /READY (\S+)/.exec(output);
      if (match)
        resolve({
          url: match[1],
          stop: () => new Promise((done) => (child.once('exit', done), child.stdin.end())),
        });
    });
    child.once('exit', (code) => reject(new Error(`web preview exited ${code}`)));
  });
}

async function selectCellsMs(databaseUrl, releaseId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  const { rowCount } = await client.query(
    'SELECT metric, scope, period, dimension, dimension_value, value, suppression FROM release_cell WHERE release_id = $1',
    [releaseId],
  );
  const ms = performance.now() - started;
  await client.end();
  return { ms, rows: rowCount };
}

export async function measureAnnualReport(databaseUrl, apiEnv, port, releaseId) {
  const baseline = await selectCellsMs(databaseUrl, releaseId);
  const web = await startWebPreview(`http://127.0.0.1:${port}`);
  try {
    const produced = await runNode(
      'dist/apps/api/src/cli/report.js',
      ['produce', '--release', releaseId, '--scope', 'network', '--language', 'en'],
      { ...apiEnv, API_PORT: String(port), CANDOR_WEB_URL: web.url },
    );
    return { baseline, produced };
  } finally {
    await web.stop();
  }
}
