// The ingest step: a 100,000-row CSV submission of one hotline through POST /api/submissions
// (parse, full validation, storage), against a plain COPY of the same file into a scratch table.
import pg from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import { request } from './http.mjs';

const dist = new URL('../../dist/', import.meta.url);
const { generateReferenceNetwork } = await import(new URL('libs/demo-data/src/index.js', dist));
const { submissionCsv, templateColumns } = await import(
  new URL('libs/submission-files/src/index.js', dist)
);
const { generateApiKey } = await import(new URL('libs/api-auth/src/lib/api-key-format.js', dist));
const { parseSubmissionCsv } = await import(new URL('libs/submission-files/src/index.js', dist));
const { OBSERVATION_COLUMNS, observationValues } = await import(
  new URL('apps/api/src/cli/reference/observation-values.js', dist)
);
const { copyRows } = await import(new URL('apps/api/src/cli/reference/copy-rows.js', dist));

export const INGEST_ROWS = 100_000;
const SLUG = 'bench-ingest-hotline';

/**
 * Whole months of one reference-sized hotline (12 years, so enough months exist) until the file
 * holds at least INGEST_ROWS figures: a file that passes validation as it stands.
 */
export function ingestCsv() {
  const documents = [];
  let rows = 0;
  for (const s of generateReferenceNetwork({ seed: 7, years: 12 }).submissions()) {
    documents.push(s.document);
    rows += s.document.figures.length;
    if (rows >= INGEST_ROWS) break;
  }
  return {
    text: [...submissionCsv('hotline', documents)].join(''),
    rows,
    periods: documents.length,
  };
}

/** A hotline of its own, with no submission yet, and an API key for it. */
async function ingestOrganization(client) {
  await client.query(
    `INSERT INTO organization (slug, name, kind, country, cadence)
     VALUES ($1, 'Benchmark ingest hotline', 'hotline', 'NL', 'month') ON CONFLICT (slug) DO NOTHING`,
    [SLUG],
  );
  const { rows } = await client.query('SELECT id FROM organization WHERE slug = $1', [SLUG]);
  const organizationId = rows[0].id;
  await clearIngest(client, organizationId);
  const { key, prefix, hash } = generateApiKey();
  await client.query(
    `INSERT INTO api_key (organization_id, name, prefix, key_hash) VALUES ($1, 'bench', $2, $3)`,
    [organizationId, prefix, hash],
  );
  return { organizationId, key };
}

/** Leaves the database as the reference network alone: the ingested figures are removed. */
async function clearIngest(client, organizationId) {
  await client.query('DELETE FROM submission WHERE organization_id = $1', [organizationId]);
  await client.query('DELETE FROM api_key WHERE organization_id = $1', [organizationId]);
}

export async function measureIngest(databaseUrl, apiUrl, csv) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { organizationId, key } = await ingestOrganization(client);
    const started = performance.now();
    const response = await request('POST', `${apiUrl}/api/submissions`, csv.text, {
      'content-type': 'text/csv',
      authorization: `Bearer ${key}`,
    });
    const apiMs = performance.now() - started;
    const report = JSON.parse(response.body);
    const stored = (report.submissions ?? []).reduce((n, s) => n + s.figureCount, 0);
    if (response.status !== 201 || stored !== csv.rows) {
      throw new Error(
        `Ingest answered ${response.status} with ${stored} of ${csv.rows} figures stored: ${JSON.stringify(report.errors?.slice(0, 3))}`,
      );
    }
    await clearIngest(client, organizationId);

    const columns = templateColumns('hotline');
    await client.query('DROP TABLE IF EXISTS bench_ingest_copy');
    await client.query(
      `CREATE TABLE bench_ingest_copy (${columns.map((c) => `"${c}" ${c === 'value' ? 'bigint' : 'text'}`).join(', ')})`,
    );
    const copyStarted = performance.now();
    const target = client.query(
      copyStreams.from('COPY bench_ingest_copy FROM STDIN WITH (FORMAT csv, HEADER true)'),
    );
    await pipeline(Readable.from([csv.text]), target);
    const copyMs = performance.now() - copyStarted;
    if (target.rowCount !== csv.rows) throw new Error(`COPY stored ${target.rowCount} rows`);
    await client.query('DROP TABLE bench_ingest_copy');
    const indexed = await copyIntoObservationTable(client, csv);
    return {
      apiMs,
      copyMs,
      indexedCopyMs: indexed,
      apiRowsPerSecond: csv.rows / (apiMs / 1000),
      copyRowsPerSecond: csv.rows / (copyMs / 1000),
      indexedCopyRowsPerSecond: csv.rows / (indexed / 1000),
    };
  } finally {
    await client.end();
  }
}

/**
 * A second reference point: the same figures as observation rows, COPYed into a table with the
 * observation table's columns, checks and indexes (what storing them costs at best).
 */
async function copyIntoObservationTable(client, csv) {
  const documents = parseSubmissionCsv(csv.text, { maxBytes: 2 ** 30 }).documents;
  await client.query('DROP TABLE IF EXISTS bench_ingest_observation');
  await client.query('CREATE TABLE bench_ingest_observation (LIKE observation INCLUDING ALL)');
  const rows = function* () {
    for (const [i, document] of documents.entries()) {
      const id = `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;
      for (const figure of document.figures)
        yield observationValues(id, { ...figure, value: Number(figure.value) });
    }
  };
  const started = performance.now();
  const copied = await copyRows(client, 'bench_ingest_observation', OBSERVATION_COLUMNS, rows());
  const elapsed = performance.now() - started;
  await client.query('DROP TABLE bench_ingest_observation');
  if (copied !== csv.rows) throw new Error(`COPY into the observation table stored ${copied} rows`);
  return elapsed;
}
