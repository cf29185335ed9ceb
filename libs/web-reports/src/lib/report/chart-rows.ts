/** A line of a report chart: a figure per period, null where it is withheld. */
export interface ChartSeries {
  id: string;
  label: string;
  points: readonly { period: string; value: number | null }[];
}

export type ChartRow = { period: string } & Record<string, number | null | string>;

/** The data key of the n-th series (metric codes hold dots, which recharts reads as paths). */
export const seriesKey = (index: number) => `s${index}`;

/** One row per period with each series' value under its key; a missing or withheld one is null. */
export function chartRows(series: readonly ChartSeries[], periods: readonly string[]): ChartRow[] {
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p.value] as const)));
  return periods.map((period) => {
    const row: ChartRow = { period };
    byPeriod.forEach((values, index) => {
      const value = values.get(period);
      row[seriesKey(index)] = typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    return row;
  });
}

/** Periods where no series has a figure: the chart marks them, since no line can show them. */
export function emptyPeriods(series: readonly ChartSeries[], periods: readonly string[]): string[] {
  const rows = chartRows(series, periods);
  return rows
    .filter((row) => series.every((_, index) => row[seriesKey(index)] === null))
    .map((row) => row.period);
}
