/**
 * The data a chart shows, as one table: the same rows feed the chart, its "show as table" view,
 * its CSV download and its text summary, so the four can never disagree.
 */

/** What a value measures; it decides rounding and formatting. */
export type ValueKind = 'count' | 'share' | 'hours' | 'ratio';

/** Digits after the decimal point a value is shown (and exported) with; shares are 0–1 ratios. */
export const DECIMALS: Readonly<Record<ValueKind, number>> = {
  count: 0,
  share: 3,
  hours: 1,
  ratio: 2,
};

export interface ChartSeries {
  /** Stable id, the CSV column name: lower-case letters, digits and underscores. */
  id: string;
  /** Column header in the table and name in the legend. */
  label: string;
  kind: ValueKind;
}

/** One value of a row: a figure, or a gap with the reason it is not shown. */
export interface ChartCell {
  value: number | null;
  /**
   * Why there is no value: a suppression code of the release (`contributors`, `dominance`,
   * `small_count`, `secondary`), `not_published`, or another code; null when the value is shown.
   */
  gap: string | null;
}

export interface ChartTableRow {
  /** Period code or category code (e.g. `2026-Q3`, `NL`): the first CSV column. */
  key: string;
  /** Cells by series id. */
  cells: Readonly<Record<string, ChartCell>>;
}

export interface ChartTable {
  /** CSV name of the first column: `period`, or a dimension code such as `hosting_country`. */
  keyId: string;
  /** Header of the first column in the table. */
  keyLabel: string;
  /** `period` keys are formatted as periods; `category` keys through `keyLabels`. */
  keyKind: 'period' | 'category';
  /** Display names of category keys (e.g. country names); the CSV keeps the codes. */
  keyLabels?: Readonly<Record<string, string>>;
  series: readonly ChartSeries[];
  rows: readonly ChartTableRow[];
}

/** The gap reason of a value that is missing but not suppressed. */
export const NOT_PUBLISHED = 'not_published';

/**
 * A cell from what the API publishes. A suppressed cell never shows a value, even if one came
 * with it; a missing or non-finite value is a gap, never a zero.
 */
export function toCell(value: number | null | undefined, suppression?: string | null): ChartCell {
  if (suppression) return { value: null, gap: suppression };
  if (value === null || value === undefined || !Number.isFinite(value))
    return { value: null, gap: NOT_PUBLISHED };
  return { value, gap: null };
}

/** A point of a published series, as the public API gives it. */
export interface PublishedPoint {
  period: string;
  value: number | null;
  suppression?: string | null;
}

/**
 * A one-series table over periods. With `periods`, every listed period gets a row (those the
 * points lack become `not_published` gaps) and points outside the list are dropped.
 */
export function seriesTable(
  points: readonly PublishedPoint[],
  series: ChartSeries,
  options: { keyLabel: string; periods?: readonly string[] },
): ChartTable {
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const keys = options.periods ?? points.map((point) => point.period);
  return {
    keyId: 'period',
    keyLabel: options.keyLabel,
    keyKind: 'period',
    series: [series],
    rows: keys.map((period) => {
      const point = byPeriod.get(period);
      return { key: period, cells: { [series.id]: toCell(point?.value, point?.suppression) } };
    }),
  };
}

/** The cell of a row for a series; a row without it has a `not_published` gap. */
export function cellOf(row: ChartTableRow, seriesId: string): ChartCell {
  return row.cells[seriesId] ?? { value: null, gap: NOT_PUBLISHED };
}

/**
 * A value rounded as it is shown. Counts stay exact up to 2^53; other kinds keep their
 * `DECIMALS`. Non-finite values have no rounding and come back as null.
 */
export function roundValue(value: number, kind: ValueKind): number | null {
  if (!Number.isFinite(value)) return null;
  const decimals = DECIMALS[kind];
  if (Math.abs(value) >= 1e21) return value;
  return Number(value.toFixed(decimals));
}
