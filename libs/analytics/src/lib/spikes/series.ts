import { type Grain, nextPeriod, toPeriod } from '@candor/catalogue';

/** One figure of a time series: a period code (`2026-03`, `2026-Q1`) and a count. */
export interface SeriesPoint {
  period: string;
  value: number;
}

/** A series point with its time index, month of year (monthly series) and segment number. */
export interface IndexedPoint extends SeriesPoint {
  t: number;
  month?: number;
  /** Segments are separated by breaks in series (a new contributor, a new definition). */
  segment: number;
}

export interface IndexedSeries {
  grain: Grain | null;
  points: IndexedPoint[];
}

/**
 * Checks that a series is consecutive periods of one grain with non-negative finite counts and
 * numbers its points. A break period starts a new segment at the first point whose period
 * contains the break's first day.
 */
export function indexSeries(
  series: readonly SeriesPoint[],
  breaks: readonly string[] = [],
): IndexedSeries {
  if (series.length === 0) return { grain: null, points: [] };
  const periods = series.map((p) => toPeriod(p.period));
  const grain = (periods[0] as { grain: Grain }).grain;
  const breakStarts = breaks.map((b) => toPeriod(b).start);
  let segment = 0;
  const points = series.map((point, t) => {
    const period = periods[t] as (typeof periods)[number];
    if (period.grain !== grain) {
      throw new RangeError(`${point.period} is a ${period.grain}; the series is by ${grain}`);
    }
    if (t > 0 && nextPeriod(periods[t - 1] as typeof period) !== period.code) {
      throw new RangeError(`${point.period} does not follow ${series[t - 1]?.period}`);
    }
    if (!Number.isFinite(point.value) || point.value < 0) {
      throw new RangeError(`${point.period}: a count must be finite and ≥ 0, got ${point.value}`);
    }
    if (t > 0 && breakStarts.some((s) => s >= period.start && s < period.end)) segment++;
    return {
      period: period.code,
      value: point.value,
      t,
      segment,
      ...(grain === 'month' ? { month: period.index } : {}),
    };
  });
  return { grain, points };
}
