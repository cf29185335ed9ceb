import { createHash } from 'node:crypto';

export interface PublishedCell {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  value: number | null;
  suppression: string | null;
}

export const CANONICAL_COLUMNS = [
  'metric',
  'scope',
  'period',
  'dimension',
  'dimension_value',
  'value',
  'suppression',
] as const;

const field = (v: string | number | null): string => {
  const text = v === null ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Cells in a fixed order and format, so the same release always gives the same bytes. */
export function canonicalCsv(cells: readonly PublishedCell[]): string {
  const rows = cells
    .map((c) =>
      [c.metric, c.scope, c.period, c.dimension, c.dimensionValue, c.value, c.suppression]
        .map(field)
        .join(','),
    )
    .sort();
  return `${CANONICAL_COLUMNS.join(',')}\n${rows.join('\n')}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
