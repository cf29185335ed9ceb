import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import { toPeriod } from '@candor/catalogue';
import type { DemoSubmission, ReferenceNetwork } from '@candor/demo-data';
import { submissionChecksum } from '@candor/api-submissions';
import { copyRows, type CopyValue } from './copy-rows';
import { OBSERVATION_COLUMNS, observationValues } from './observation-values';

/** Marks what is loaded, so a rerun with the same generator version and seed loads nothing. */
const MARKER = 'bench_reference_network';

export interface LoadedNetwork {
  version: number;
  seed: number;
  organizations: number;
  submissions: number;
  observations: number;
  loadMs: number;
}

/** Everything the application stores, emptied before a reload (the database is dedicated). */
const APPLICATION_TABLES = [
  'observation',
  'submission',
  'api_key',
  'membership',
  'account',
  'organization',
  'report',
  'release_statistic',
  'release_cell',
  'release',
  'annotation',
  'audit_event',
];

/** A UUID derived from its labels: the same network always gets the same ids (and row order). */
export function stableUuid(...labels: readonly (string | number)[]): string {
  const hex = createHash('sha256').update(labels.join('\u241f')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function loadedNetwork(client: ClientBase): Promise<LoadedNetwork | null> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${MARKER} (version integer NOT NULL, seed integer NOT NULL, organizations integer NOT NULL, submissions integer NOT NULL, observations bigint NOT NULL, load_ms integer NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await client.query<Record<string, string | number>>(
    `SELECT version, seed, organizations, submissions, observations, load_ms FROM ${MARKER}`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    version: Number(row['version']),
    seed: Number(row['seed']),
    organizations: Number(row['organizations']),
    submissions: Number(row['submissions']),
    observations: Number(row['observations']),
    loadMs: Number(row['load_ms']),
  };
}

/**
 * Loads a generated network as accepted first versions, through COPY: organizations, then every
 * submission (a first pass over the generator computes their checksums and figure counts), then
 * every observation streamed from a second pass. One transaction: a failed load leaves nothing.
 */
export async function loadReferenceNetwork(
  client: ClientBase,
  network: ReferenceNetwork,
  onProgress: (message: string) => void = () => undefined,
): Promise<LoadedNetwork> {
  const started = performance.now();
  const orgId = new Map(
    network.organizations.map((o) => [o.slug, stableUuid('reference', network.seed, o.slug)]),
  );
  const submissionId = (s: DemoSubmission) =>
    stableUuid('reference', network.seed, s.organizationSlug, s.document.period);

  await client.query('BEGIN');
  try {
    await client.query(`TRUNCATE ${[...APPLICATION_TABLES, MARKER].join(', ')} RESTART IDENTITY`);
    const organizations = await copyRows(
      client,
      'organization',
      ['id', 'slug', 'name', 'kind', 'country', 'cadence'],
      network.organizations.map((o) => [
        orgId.get(o.slug),
        o.slug,
        o.name,
        o.kind,
        o.kind === 'company' || o.kind === 'hotline' ? o.country : null,
        o.cadence,
      ]),
    );

    const reviewedAt = new Date();
    const submissionRows = function* (): Generator<CopyValue[]> {
      for (const s of network.submissions()) {
        const period = toPeriod(s.document.period);
        yield [
          submissionId(s),
          orgId.get(s.organizationSlug),
          period.code,
          period.grain,
          period.start,
          period.end,
          1,
          'accepted',
          'demo',
          s.attributed,
          submissionChecksum(period.code, s.attributed, s.document.figures),
          s.document.figures.length,
          reviewedAt,
        ];
      }
    };
    const submissions = await copyRows(
      client,
      'submission',
      [
        'id',
        'organization_id',
        'period',
        'grain',
        'period_start',
        'period_end',
        'version',
        'status',
        'source',
        'attributed',
        'content_checksum',
        'figure_count',
        'reviewed_at',
      ],
      submissionRows(),
    );
    onProgress(`${submissions} submissions copied; copying their figures`);

    const observationRows = function* (): Generator<CopyValue[]> {
      for (const s of network.submissions()) {
        const id = submissionId(s);
        for (const figure of s.document.figures) yield observationValues(id, figure);
      }
    };
    const observations = await copyRows(
      client,
      'observation',
      OBSERVATION_COLUMNS,
      observationRows(),
    );
    const loadMs = Math.round(performance.now() - started);
    const loaded = {
      version: network.version,
      seed: network.seed,
      organizations,
      submissions,
      observations,
      loadMs,
    };
    await client.query(
      `INSERT INTO ${MARKER} (version, seed, organizations, submissions, observations, load_ms) VALUES ($1, $2, $3, $4, $5, $6)`,
      [loaded.version, loaded.seed, organizations, submissions, observations, loadMs],
    );
    await client.query('COMMIT');
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
