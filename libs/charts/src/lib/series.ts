/** One period of a series as the API publishes it: a count, or withheld. */
export interface TrendPoint {
  /** Period code, e.g. `2026-03`, `2026-Q1` or `2026`. */
  period: string;
  /** The count; null when withheld or unknown. */
  value: number | null;
  /** True when the figure may not be shown (too few contributors, or one dominates). */
  withheld: boolean;
}

export type ScaleKind = 'linear' | 'log';

/** A row the chart draws. `value: null` is a gap in the line, never a zero. */
export interface ChartRow {
  period: string;
  value: number | null;
  withheld: boolean;
  /** A published value the log scale cannot draw (zero). */
  offScale: boolean;
}

function drawable(point: TrendPoint): number | null {
  if (point.withheld || point.value === null || !Number.isFinite(point.value)) return null;
  return point.value;
}

/** Chart rows of a series: withheld and missing points become gaps; log scale hides zeros. */
export function toChartRows(points: readonly TrendPoint[], scale: ScaleKind): ChartRow[] {
  return points.map((point) => {
    const value = drawable(point);
    const offScale = scale === 'log' && value !== null && value <= 0;
    return {
      period: point.period,
      value: offScale ? null : value,
      withheld: point.withheld,
      offScale,
    };
  });
}

/** Log-axis bounds: whole powers of ten around the positive values; [1, 10] when there are none. */
export function logDomain(rows: readonly ChartRow[]): [number, number] {
  const values = rows.flatMap((row) => (row.value !== null && row.value > 0 ? [row.value] : []));
  if (!values.length) return [1, 10];
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)));
  let high = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  if (high <= low) high = low * 10;
  return [low, high];
}

/** The powers of ten from `low` to `high`, for log-axis ticks. */
export function logTicks([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.round(Math.log10(low)); 10 ** exponent <= high; exponent++) {
    ticks.push(10 ** exponent);
  }
  return ticks;
}

/** Periods that are withheld, for markers on the chart. */
export function withheldPeriods(points: readonly TrendPoint[]): string[] {
  return points.filter((point) => point.withheld).map((point) => point.period);
}
