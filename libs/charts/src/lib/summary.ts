import type { TrendPoint } from './series';

export interface ShownPoint {
  period: string;
  value: number;
}

/** The facts a text summary of a series states; null where a fact does not exist. */
export interface SeriesSummary {
  periods: number;
  shown: number;
  withheld: number;
  first: ShownPoint | null;
  last: ShownPoint | null;
  min: ShownPoint | null;
  max: ShownPoint | null;
  /** Relative change from the first to the last shown value; null without a base above zero. */
  change: number | null;
}

/** Summarizes a series in period order. The earliest period wins ties for min and max. */
export function summarizeSeries(points: readonly TrendPoint[]): SeriesSummary {
  const shown: ShownPoint[] = points.flatMap((point) =>
    !point.withheld && point.value !== null && Number.isFinite(point.value)
      ? [{ period: point.period, value: point.value }]
      : [],
  );
  const first = shown[0] ?? null;
  const last = shown.at(-1) ?? null;
  let min: ShownPoint | null = null;
  let max: ShownPoint | null = null;
  for (const point of shown) {
    if (!min || point.value < min.value) min = point;
    if (!max || point.value > max.value) max = point;
  }
  const change =
    first && last && shown.length > 1 && first.value > 0
      ? (last.value - first.value) / first.value
      : null;
  return {
    periods: points.length,
    shown: shown.length,
    withheld: points.filter((point) => point.withheld).length,
    first,
    last,
    min,
    max,
    change,
  };
}
