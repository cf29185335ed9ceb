import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { usePublicRelease, type Granularity, type ViewParams } from '@candor/web-public-kit';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import { explorerMetrics, type MetricOption } from './model/explorer-options';
import { periodsBetween, releasePeriods } from './model/periods';
import {
  defaultValue,
  DEFAULT_GRANULARITY,
  resolveSelection,
  type BreakdownItem,
  type Selection,
} from './model/selection';
import type { Annotation } from './model/trend-marks';
import { trendsBreakdownQuery, trendsCatalogueQuery, trendsSeriesQuery } from './trends.documents';

export interface SeriesData {
  points: readonly {
    period: string;
    value: number | null;
    suppression: string | null;
    flags: readonly unknown[];
  }[];
  annotations: readonly Annotation[];
}

export interface ReadyTrends {
  status: 'ready';
  release: PublicReleaseFragment;
  granularity: Granularity;
  metrics: readonly MetricOption[];
  countries: readonly { code: string; name: string }[];
  selection: Selection;
  /** The breakdown value shown: the URL's, or the default once the breakdown has loaded. */
  value: string | null;
  /** The breakdown in the release's last period (for the value list), while a breakdown is on. */
  breakdownItems: readonly BreakdownItem[];
  /** Every period of the release, and those the range shows. */
  periods: readonly string[];
  range: { periods: string[]; from: string | null; to: string | null };
  series: { status: 'loading' } | { status: 'failed' } | ({ status: 'ready' } & SeriesData);
}

export type TrendsState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-release' }
  | { status: 'not-found' }
  | ReadyTrends;

/**
 * The explorer's data: the catalogue, the release (pinned in the URL, else the latest at the
 * chosen granularity), the breakdown's values when one is on, then the series and the public
 * log's notes for the selection.
 */
export function useTrends(params: ViewParams): TrendsState {
  const granularity = params.granularity ?? DEFAULT_GRANULARITY;
  const catalogue = useQuery(trendsCatalogueQuery);
  const answer = usePublicRelease(params.release, granularity);
  const { release, granularity: releaseGranularity } = answer;

  const metrics = useMemo(
    () =>
      catalogue.data
        ? explorerMetrics(
            catalogue.data.metrics,
            catalogue.data.countries.map((country) => country.code),
          )
        : [],
    [catalogue.data],
  );
  const selection = useMemo(() => resolveSelection(params, metrics), [params, metrics]);
  const periods = useMemo(
    () => (release ? releasePeriods(release.periodFrom, release.periodTo, releaseGranularity) : []),
    [release, releaseGranularity],
  );
  const range = useMemo(
    () => periodsBetween(periods, params.from, params.to),
    [periods, params.from, params.to],
  );

  const breakdown = useQuery(
    trendsBreakdownQuery,
    release && selection?.breakdown
      ? {
          variables: {
            releaseId: release.id,
            metric: selection.metric.code,
            scope: selection.scope,
            dimension: selection.breakdown.code,
            period: release.periodTo,
          },
        }
      : skipToken,
  );
  const breakdownItems = useMemo(
    () => (selection?.breakdown ? (breakdown.data?.breakdown ?? []) : []),
    [selection, breakdown.data],
  );
  const value =
    selection?.breakdown && !selection.value && breakdown.data
      ? defaultValue(selection.breakdown, breakdownItems)
      : (selection?.value ?? null);
  const waitsForValue = Boolean(selection?.breakdown && value === null);

  const series = useQuery(
    trendsSeriesQuery,
    release && selection && !waitsForValue
      ? {
          variables: {
            releaseId: release.id,
            metric: selection.metric.code,
            scope: selection.scope,
            dimension: selection.breakdown?.code ?? null,
            dimensionValue: selection.breakdown ? value : null,
            from: range.from,
            to: range.to,
          },
        }
      : skipToken,
  );

  if (answer.failure) return { status: answer.failure };
  if (catalogue.error || breakdown.error) return { status: 'failed' };
  if (answer.loading) return { status: 'loading' };
  if (!release) return { status: 'no-release' };
  if (!catalogue.data || !selection) return { status: 'loading' };
  return {
    status: 'ready',
    release,
    granularity: releaseGranularity,
    metrics,
    countries: catalogue.data.countries,
    selection,
    value,
    breakdownItems,
    periods,
    range,
    series: series.error
      ? { status: 'failed' }
      : series.data && !series.loading
        ? { status: 'ready', points: series.data.series, annotations: series.data.annotations }
        : { status: 'loading' },
  };
}
