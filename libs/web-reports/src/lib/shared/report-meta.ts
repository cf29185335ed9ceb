import type { Report } from '@candor/reports';
import type { ReportFile } from './files';

/** One published version of a report series (`TransparencyReport.versions`, newest first). */
export interface ReportVersion {
  id: string;
  key: string;
  version: number;
  releaseVersion: number;
  publishedAt: string | null;
  changeNote: string | null;
  changes: readonly string[];
}

/**
 * What the API says about a report besides its content: its version within the report series,
 * publication, checksums, files and the other versions of the series. Null when a report is
 * shown before it is published (a preview).
 */
export interface ReportMeta {
  key: string;
  series: string;
  version: number;
  /** `published` or `awaiting_approval`. */
  status: string;
  title: string;
  scopeLabel: string;
  publishedAt: string | null;
  /** Why this version was published (the publisher's words), for versions after the first. */
  changeNote: string | null;
  /** What changed against the previous version (generated, in English). */
  changes: readonly string[];
  jsonSha256: string;
  csvSha256: string;
  files: readonly ReportFile[];
  versions: readonly ReportVersion[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ARRAYS = [
  'keyFigures',
  'trends',
  'takedown',
  'knownContent',
  'corrections',
  'appendix',
] as const;

/**
 * The report model from the API's `content` (JSON), checked in shape only: the page renders
 * what `buildReport` wrote. Null when it is not a report.
 */
export function toReport(content: unknown): Report | null {
  if (!isRecord(content)) return null;
  const title = content['titlePage'];
  const countries = content['countries'];
  const methodology = content['methodology'];
  if (!isRecord(title) || typeof title['title'] !== 'string') return null;
  if (!ARRAYS.every((key) => Array.isArray(content[key]))) return null;
  if (!isRecord(countries) || !Array.isArray(countries['countries'])) return null;
  if (!isRecord(methodology) || !Array.isArray(methodology['metrics'])) return null;
  return content as unknown as Report;
}
