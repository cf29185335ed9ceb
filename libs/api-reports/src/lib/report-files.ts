import { DATA_LICENSE } from '@candor/api-releases';
import { REPORT_CSV_COLUMNS, sha256, stableJson } from '@candor/reports';

export const REPORT_FILE_NAMES = [
  'report.json',
  'report.csv',
  'report.pdf',
  'datapackage.json',
] as const;
export type ReportFileName = (typeof REPORT_FILE_NAMES)[number];

export const isReportFileName = (name: string): name is ReportFileName =>
  (REPORT_FILE_NAMES as readonly string[]).includes(name);

export const REPORT_MEDIA_TYPES: Record<ReportFileName, string> = {
  'report.json': 'application/json',
  'report.csv': 'text/csv',
  'report.pdf': 'application/pdf',
  'datapackage.json': 'application/json',
};

/** What the files of a report are made of: the stored row of a published report. */
export interface ReportFacts {
  id: string;
  releaseId: string;
  series: string;
  version: number;
  scope: string;
  language: string;
  title: string;
  publishedAt: Date | null;
  json: string;
  csv: string;
  jsonSha256: string;
  csvSha256: string;
  pdfSha256: string | null;
}

/** `<releaseId>/<scope>/<language>`, the scope URL-encoded: the report's stable address. */
export const reportPath = (r: Pick<ReportFacts, 'releaseId' | 'scope' | 'language'>) =>
  `${r.releaseId}/${encodeURIComponent(r.scope)}/${r.language}`;

export const reportFileUrl = (r: ReportFacts, name: ReportFileName) =>
  `/api/reports/${reportPath(r)}/${name}`;

/** e.g. `candor-report-network-year-network-en-v2.pdf`, `…-v2-datapackage.json`. */
export function reportFilename(r: ReportFacts, name: ReportFileName): string {
  const slug = `${r.series}-v${r.version}`.replace(/[^a-zA-Z0-9-]+/g, '-').toLowerCase();
  return name === 'datapackage.json'
    ? `candor-report-${slug}-datapackage.json`
    : `candor-report-${slug}${name.slice('report'.length)}`;
}

export function reportFiles(r: ReportFacts) {
  const sums: Record<ReportFileName, string | null> = {
    'report.json': r.jsonSha256,
    'report.csv': r.csvSha256,
    'report.pdf': r.pdfSha256,
    'datapackage.json': sha256(reportDatapackage(r)),
  };
  return REPORT_FILE_NAMES.map((name) => ({
    name,
    mediaType: REPORT_MEDIA_TYPES[name],
    url: reportFileUrl(r, name),
    sha256: sums[name],
  }));
}

const CSV_FIELDS: Record<
  (typeof REPORT_CSV_COLUMNS)[number],
  { type: string; description: string }
> = {
  section: {
    type: 'string',
    description:
      'Report section: key_figures, trends, takedown, known_content, countries, corrections, methodology.',
  },
  item: { type: 'string', description: 'The figure, chart or table row within the section.' },
  metric: { type: 'string', description: 'Metric code of the Candor catalogue.' },
  period: { type: 'string', description: 'Period code (2026-03, 2026-Q1 or 2026).' },
  dimension: { type: 'string', description: 'Breakdown dimension; empty for a total.' },
  dimension_value: { type: 'string', description: 'Breakdown value; empty for a total.' },
  measure: {
    type: 'string',
    description: 'What the number is: count, share, hours, change_relative, before, after …',
  },
  value: {
    type: 'number',
    description: 'The published number; empty when withheld.',
  },
  withheld: {
    type: 'string',
    description:
      'Why no number is shown: contributors, dominance, small_count, secondary, not_published …; empty when shown.',
  },
};

/**
 * A Frictionless Data Package (v1) for the report's data files, with their SHA-256: fixed once
 * the report is published (the PDF is described by the web page it is printed from).
 */
export function reportDatapackage(r: ReportFacts): string {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const name = reportFilename(r, 'datapackage.json').replace(/-datapackage\.json$/, '');
  return stableJson({
    profile: 'data-package',
    name,
    id: r.id,
    title: r.title,
    version: String(r.version),
    created: r.publishedAt?.toISOString() ?? null,
    licenses: [DATA_LICENSE],
    sources: [
      {
        title: `Candor release ${r.releaseId}`,
        path: `/api/releases/${r.releaseId}/datapackage.json`,
      },
    ],
    resources: [
      {
        name: 'report-appendix',
        profile: 'tabular-data-resource',
        path: 'report.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes(r.csv),
        hash: `sha256:${r.csvSha256}`,
        description:
          'The data appendix: every number the report shows, withheld ones with their reason.',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', header: true },
        schema: {
          fields: REPORT_CSV_COLUMNS.map((column) => ({ name: column, ...CSV_FIELDS[column] })),
          missingValues: [''],
        },
      },
      {
        name: 'report',
        profile: 'data-resource',
        path: 'report.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: bytes(r.json),
        hash: `sha256:${r.jsonSha256}`,
        description:
          'The whole report as structured data (the web page and PDF are rendered from it).',
      },
    ],
  });
}
