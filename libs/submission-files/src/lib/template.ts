import {
  DIMENSIONS,
  findDimension,
  metricsFor,
  parsePeriod,
  type OrganizationKind,
} from '@candor/catalogue';

const BOM = '\uFEFF';

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export const csvCell = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

/** The dimension columns used by the metrics of an organization kind, in catalogue order. */
export function templateColumns(kind: OrganizationKind): string[] {
  const used = new Set(metricsFor(kind).flatMap((m) => m.dimensions));
  return [
    'period',
    'metric',
    ...DIMENSIONS.filter((d) => used.has(d.code)).map((d) => d.code),
    'value',
  ];
}

/**
 * The CSV template of an organization kind, generated from the catalogue: the header, then one
 * row per metric total with an empty value, and one row per bucket for histogram metrics. It
 * starts with a UTF-8 BOM, so that spreadsheets read `∞` in `[720,∞)` right, and ends lines with
 * CRLF (RFC 4180). Throws a RangeError for a `period` that is not a period code.
 */
export function csvTemplate(kind: OrganizationKind, period = ''): string {
  if (period !== '' && !parsePeriod(period)) {
    throw new RangeError(`${JSON.stringify(period)} is not a period code like 2026-03 or 2026-Q1.`);
  }
  const columns = templateColumns(kind);
  const rows: string[][] = [columns];
  for (const metric of metricsFor(kind)) {
    const required = metric.requiredDimension;
    const buckets = required ? (findDimension(required)?.values.map((v) => v.code) ?? []) : [''];
    for (const bucket of buckets) {
      rows.push(
        columns.map((column) => {
          if (column === 'period') return period;
          if (column === 'metric') return metric.code;
          return column === required ? bucket : '';
        }),
      );
    }
  }
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
