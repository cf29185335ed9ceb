import {
  cellOf,
  NOT_PUBLISHED,
  seriesTable,
  type ChartTable,
  type PublishedPoint,
  type TrendPoint,
} from '@candor/charts';

/** The CSV column of the explorer's one series. */
export const SERIES_ID = 'value';

/**
 * The table the chart, its table view, its CSV and its summary all show: one row per period of
 * the range, in order, a withheld point with its reason and a period the release has no cell
 * for as `not_published` — never a zero.
 */
export function trendTable(
  points: readonly PublishedPoint[],
  periods: readonly string[],
  labels: { key: string; series: string },
): ChartTable {
  return seriesTable(
    points,
    { id: SERIES_ID, label: labels.series, kind: 'count' },
    { keyLabel: labels.key, periods },
  );
}

/** The table's rows as points to draw: a gap, whatever its reason, is not drawn. */
export function chartPoints(table: ChartTable): TrendPoint[] {
  return table.rows.map((row) => {
    const cell = cellOf(row, SERIES_ID);
    return { period: row.key, value: cell.value, withheld: cell.value === null };
  });
}

/** True when the release has no cell at all for the selection (not even a withheld one). */
export function nothingPublished(table: ChartTable): boolean {
  return table.rows.every((row) => cellOf(row, SERIES_ID).gap === NOT_PUBLISHED);
}
