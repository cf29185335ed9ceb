import { cellOf, type ChartTable } from '@candor/charts';

/** A row recharts draws: the row's key, and per series id its value or null (a gap, never 0). */
export type PlotRow = { key: string } & Record<string, number | string | null>;

/** The key recharts reads the category from; series ids are snake case, so it never clashes. */
export const PLOT_KEY = 'key';

/** The rows of a chart, in the table's order: exactly the table's figures, gaps as null. */
export function plotRows(table: ChartTable): PlotRow[] {
  return table.rows.map((row) => {
    const plotted: PlotRow = { key: row.key };
    for (const series of table.series) plotted[series.id] = cellOf(row, series.id).value;
    return plotted;
  });
}

/** Keys of rows where no series has a figure: the chart marks them as periods without figures. */
export function emptyKeys(table: ChartTable): string[] {
  return table.rows
    .filter((row) => table.series.every((series) => cellOf(row, series.id).value === null))
    .map((row) => row.key);
}

/** True when the chart has nothing to draw at all. */
export function nothingToDraw(table: ChartTable): boolean {
  return table.series.length === 0 || emptyKeys(table).length === table.rows.length;
}

/** A point marked on a line (a spike), at the figure the table shows for it. */
export interface LineMark {
  key: string;
  seriesId: string;
  value: number;
}
