import type { TrendPoint } from '@candor/charts';
import type { NetworkTotalsQuery, TotalsGrain, TrendMetricsQuery } from '@candor/web-graphql';

export const DEFAULT_METRIC = 'hotline.reports.csam';
export const GRAINS: readonly TotalsGrain[] = ['month', 'quarter', 'year'];
export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

export interface TrendParams {
  metric: string;
  grain: TotalsGrain;
  scale: Scale;
}

export interface MetricOption {
  code: string;
  label: string;
  unit: string;
}

/** The selection kept in the URL (`?metric=…&grain=quarter&scale=log`), with defaults. */
export function trendParams(search: URLSearchParams): TrendParams {
  const grain = GRAINS.find((candidate) => candidate === search.get('grain')) ?? 'month';
  const scale = SCALES.find((candidate) => candidate === search.get('scale')) ?? 'linear';
  const metric = search.get('metric')?.trim() || DEFAULT_METRIC;
  return { metric, grain, scale };
}

/**
 * Metrics a single total makes sense for. Histogram metrics (takedown times, re-sharing) carry
 * a required bucket dimension and have no total, so they are left out of the selector.
 */
export function toMetricOptions(metrics: TrendMetricsQuery['metrics'] | undefined): MetricOption[] {
  return (metrics ?? [])
    .filter((metric) => metric.requiredDimension === null)
    .map(({ code, label, unit }) => ({ code, label, unit }));
}

/**
 * Chart points of a network total, in period order. A withheld point never carries a value to
 * the chart, even if the server sent one.
 */
export function toTrendPoints(
  totals: NetworkTotalsQuery['networkTotals'] | undefined,
): TrendPoint[] {
  return [...(totals ?? [])]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map(({ period, value, withheld }) => ({
      period,
      withheld,
      value: withheld || value === null || !Number.isFinite(value) ? null : value,
    }));
}
