import { createHash } from 'node:crypto';
import type { Report } from './types';

/** A JSON value with object keys sorted at every depth. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/** JSON with sorted keys, 2-space indent and a trailing newline: the same report, the same bytes. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sorted(value), null, 2)}\n`;
}

export function reportJson(report: Report): string {
  return stableJson(report);
}

export const REPORT_CSV_COLUMNS = [
  'section',
  'item',
  'metric',
  'period',
  'dimension',
  'dimension_value',
  'measure',
  'value',
  'withheld',
] as const;

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The data appendix as CSV, in the report's row order, `\n` line ends. */
export function reportCsv(report: Report): string {
  const lines = report.appendix.map((r) =>
    [
      r.section,
      r.item,
      r.metric,
      r.period,
      r.dimension,
      r.dimensionValue,
      r.measure,
      r.value,
      r.withheld,
    ]
      .map(csvField)
      .join(','),
  );
  return [REPORT_CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export const reportJsonSha256 = (report: Report): string => sha256(reportJson(report));
export const reportCsvSha256 = (report: Report): string => sha256(reportCsv(report));
