import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { TrendPoint } from '@candor/charts';
import type { TotalsGrain } from '@candor/web-graphql';
import { networkTotalsQuery, trendMetricsQuery } from './trends.documents';
import { toMetricOptions, toTrendPoints, type MetricOption } from './trend-data';

/** Metrics the selector offers. */
export function useTrendMetrics(): { options: MetricOption[]; loading: boolean } {
  const { data, loading } = useQuery(trendMetricsQuery);
  const options = useMemo(() => toMetricOptions(data?.metrics), [data]);
  return { options, loading };
}

/** Network totals of one metric; keeps the previous series on screen while the next loads. */
export function useNetworkTrend(
  metric: string,
  grain: TotalsGrain,
): { points: TrendPoint[]; loading: boolean; failed: boolean } {
  const { data, previousData, loading, error } = useQuery(networkTotalsQuery, {
    variables: { metric, grain },
  });
  const totals = (data ?? previousData)?.networkTotals;
  const points = useMemo(() => toTrendPoints(totals), [totals]);
  return { points, loading, failed: Boolean(error) };
}
