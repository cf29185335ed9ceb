import { summarizeSeries, type SeriesSummary } from '../summary';
import { cellOf, type ChartSeries, type ChartTable } from './chart-table';

export interface SeriesFacts extends SeriesSummary {
  series: ChartSeries;
}

/**
 * The facts a text summary states about each series of a table: first and last shown values,
 * extremes, relative change, and how many rows are gaps. A gap counts as withheld whatever its
 * reason, and its value (if any came with it) is never used.
 */
export function summarizeTable(table: ChartTable): SeriesFacts[] {
  return table.series.map((series) => ({
    series,
    ...summarizeSeries(
      table.rows.map((row) => {
        const cell = cellOf(row, series.id);
        return { period: row.key, value: cell.value, withheld: cell.value === null };
      }),
    ),
  }));
}
