import { createHash } from 'node:crypto';
import { canonicalCsv, type PublishedCell } from '../canonical-csv';

/** What the files say about their release: fixed once it is published. */
export interface ReleaseFacts {
  id: string;
  series: string;
  version: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  granularity: string;
  checksum: string | null;
  publishedAt: Date;
}

export interface PublishedStatistic {
  kind: string;
  metric: string;
  scope: string;
  period: string | null;
  data: Record<string, unknown>;
}

export const DOWNLOAD_NAMES = [
  'cells.csv',
  'cells.json',
  'statistics.json',
  'datapackage.json',
] as const;
export type DownloadName = (typeof DOWNLOAD_NAMES)[number];

export const isDownloadName = (name: string): name is DownloadName =>
  (DOWNLOAD_NAMES as readonly string[]).includes(name);

export const DOWNLOAD_MEDIA_TYPES: Record<DownloadName, string> = {
  'cells.csv': 'text/csv',
  'cells.json': 'application/json',
  'statistics.json': 'application/json',
  'datapackage.json': 'application/json',
};

export interface ReleaseFile {
  name: DownloadName;
  mediaType: string;
  body: Buffer;
  /** Hex SHA-256 of `body`. */
  sha256: string;
  /** e.g. `candor-network-month-v3-cells.csv`. */
  filename: string;
}

export type ReleaseFiles = Record<DownloadName, ReleaseFile>;

/** The licence the network publishes its figures under. */
export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};

/** The Table Schema of cells.csv, in the canonical column order. */
const CELL_FIELDS = [
  {
    name: 'metric',
    type: 'string',
    description: 'Metric code of the Candor catalogue (the GraphQL `metrics` query defines each).',
  },
  {
    name: 'scope',
    type: 'string',
    description:
      '`network`, `hotlines`, `companies`, or `organization:<slug>` for figures an organization publishes under its name.',
  },
  {
    name: 'period',
    type: 'string',
    description: 'Period code: `2026-03` (month), `2026-Q1` (quarter) or `2026` (year).',
  },
  {
    name: 'dimension',
    type: 'string',
    description: 'The dimension the cell breaks the total down by; empty for the total.',
  },
  {
    name: 'dimension_value',
    type: 'string',
    description: 'The value of that dimension (e.g. a country code); empty for the total.',
  },
  {
    name: 'value',
    type: 'integer',
    description:
      'The published count, after disclosure control (and rounding or noise where the release says so); empty when withheld.',
  },
  {
    name: 'suppression',
    type: 'string',
    description:
      'Why the value is withheld: `contributors` (too few organizations), `dominance` (one organization dominates), `small_count` or `secondary` (withheld to protect another cell); empty when published.',
  },
];

/**
 * Every download of a release, byte for byte the same on every call for the same release:
 * cells in a fixed order, keys in a fixed order, no time of the request anywhere.
 * `cells.csv` is the canonical CSV whose SHA-256 is the release checksum.
 */
export function releaseFiles(
  release: ReleaseFacts,
  cells: readonly PublishedCell[],
  statistics: readonly PublishedStatistic[],
): ReleaseFiles {
  const about = {
    id: release.id,
    series: release.series,
    version: release.version,
    title: release.title,
    periodFrom: release.periodFrom,
    periodTo: release.periodTo,
    granularity: release.granularity,
    publishedAt: release.publishedAt.toISOString(),
    checksum: release.checksum,
  };
  const file = (name: DownloadName, text: string): ReleaseFile => {
    const body = Buffer.from(text, 'utf8');
    return {
      name,
      mediaType: DOWNLOAD_MEDIA_TYPES[name],
      body,
      sha256: createHash('sha256').update(body).digest('hex'),
      filename: `${packageName(release)}-${name}`,
    };
  };
  const csv = file('cells.csv', canonicalCsv(cells));
  const json = file(
    'cells.json',
    `${JSON.stringify({
      release: about,
      cells: [...cells].sort(byCell).map((c) => ({
        metric: c.metric,
        scope: c.scope,
        period: c.period,
        dimension: c.dimension,
        dimensionValue: c.dimensionValue,
        value: c.suppression === null ? c.value : null,
        suppression: c.suppression,
      })),
    })}\n`,
  );
  const stats = file(
    'statistics.json',
    `${JSON.stringify({
      release: about,
      statistics: [...statistics].sort(byStatistic).map((s) => ({
        kind: s.kind,
        metric: s.metric,
        scope: s.scope,
        period: s.period,
        data: s.data,
      })),
    })}\n`,
  );
  const descriptor = file(
    'datapackage.json',
    `${JSON.stringify(dataPackage(release, csv, json, stats), null, 2)}\n`,
  );
  return {
    'cells.csv': csv,
    'cells.json': json,
    'statistics.json': stats,
    'datapackage.json': descriptor,
  };
}

const packageName = (release: ReleaseFacts) => `candor-${release.series}-v${release.version}`;

/** A Frictionless Data Package (v1) describing the three data files. */
function dataPackage(
  release: ReleaseFacts,
  csv: ReleaseFile,
  json: ReleaseFile,
  stats: ReleaseFile,
) {
  const facts = (f: ReleaseFile) => ({
    path: f.name,
    format: f.name.endsWith('.csv') ? 'csv' : 'json',
    mediatype: f.mediaType,
    encoding: 'utf-8',
    bytes: f.body.length,
    hash: `sha256:${f.sha256}`,
  });
  return {
    profile: 'data-package',
    name: packageName(release),
    id: release.id,
    title: release.title,
    description: `Release ${release.version} of the Candor series ${release.series}: disclosure-controlled figures for ${release.periodFrom} to ${release.periodTo}. A withheld cell has no value and gives its reason in \`suppression\`.`,
    version: String(release.version),
    created: release.publishedAt.toISOString(),
    licenses: [LICENSE],
    resources: [
      {
        name: 'cells',
        profile: 'tabular-data-resource',
        ...facts(csv),
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', header: true },
        schema: { fields: CELL_FIELDS, missingValues: [''] },
      },
      {
        name: 'cells-json',
        profile: 'data-resource',
        description: 'The same cells as JSON (`value` null when withheld), with the release facts.',
        ...facts(json),
      },
      {
        name: 'statistics',
        profile: 'data-resource',
        description:
          'Statistics derived from the published cells when the release was built: takedown times, redistribution, spike and level-shift flags.',
        ...facts(stats),
      },
    ],
  };
}

/** Code-point order (never locale order): the same on every machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byCell = (a: PublishedCell, b: PublishedCell) =>
  compare(a.metric, b.metric) ||
  compare(a.scope, b.scope) ||
  compare(a.period, b.period) ||
  compare(a.dimension ?? '', b.dimension ?? '') ||
  compare(a.dimensionValue ?? '', b.dimensionValue ?? '');

const byStatistic = (a: PublishedStatistic, b: PublishedStatistic) =>
  compare(a.kind, b.kind) ||
  compare(a.metric, b.metric) ||
  compare(a.scope, b.scope) ||
  compare(a.period ?? '', b.period ?? '') ||
  compare(JSON.stringify(a.data), JSON.stringify(b.data));
