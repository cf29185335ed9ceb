import { cellOf, DECIMALS, roundValue, type ChartTable } from './chart-table';

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number in the CSV: the value as the table shows it, written the same in every language
 * (`.` decimal point, no grouping, no exponent below 10^21).
 */
export function csvNumber(value: number, kind: keyof typeof DECIMALS): string {
  const rounded = roundValue(value, kind);
  if (rounded === null) return '';
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  return rounded.toFixed(DECIMALS[kind]);
}

/**
 * CSV columns of a table: the key, then per series its value and the reason of a gap. A table
 * of one series has `<key>,<series>,suppression`; several series `<series>_suppression` each.
 */
export function csvColumns(table: ChartTable): string[] {
  const single = table.series.length === 1;
  return [
    table.keyId,
    ...table.series.flatMap((series) => [
      series.id,
      single ? 'suppression' : `${series.id}_suppression`,
    ]),
  ];
}

/**
 * Exactly the data a chart shows, as CSV: one row per table row in the table's order, codes
 * rather than translated labels, a gap as an empty value with its reason code. The same table
 * always gives the same text, whatever the reader's language.
 */
export function toCsv(table: ChartTable): string {
  const lines = [csvColumns(table).map(field).join(',')];
  for (const row of table.rows) {
    const cells = [field(row.key)];
    for (const series of table.series) {
      const cell = cellOf(row, series.id);
      const value = cell.value === null ? '' : csvNumber(cell.value, series.kind);
      cells.push(value, field(value === '' ? (cell.gap ?? 'not_published') : ''));
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for a CSV: lower-case letters, digits, `-` and `.`, ending in `.csv`. */
export function csvFileName(...parts: readonly string[]): string {
  const base = parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${base || 'chart'}.csv`;
}
