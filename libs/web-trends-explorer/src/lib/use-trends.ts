import { useMemo } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import { GRANULARITIES, type Granularity, type ViewParams } from '@candor/web-public-kit';
import type { TrendsReleaseFragment } from '@candor/web-graphql';
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
import {
  trendsBreakdownQuery,
  trendsCatalogueQuery,
  trendsLatestReleaseQuery,
  trendsPinnedReleaseQuery,
  trendsSeriesQuery,
} from './trends.documents';

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
  release: TrendsReleaseFragment;
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

const isGranularity = (value: string): value is Granularity =>
  (GRANULARITIES as readonly string[]).includes(value);

/** The API's answer for a release id that is not published (or does not exist). */
export function isReleaseNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'RELEASE_NOT_FOUND')
  );
}

/**
 * The explorer's data: the catalogue, the release (pinned in the URL, else the latest at the
 * chosen granularity), the breakdown's values when one is on, then the series and the public
 * log's notes for the selection.
 */
export function useTrends(params: ViewParams): TrendsState {
  const granularity = params.granularity ?? DEFAULT_GRANULARITY;
  const catalogue = useQuery(trendsCatalogueQuery);
  const pinned = useQuery(
    trendsPinnedReleaseQuery,
    params.release ? { variables: { id: params.release } } : skipToken,
  );
  const latest = useQuery(
    trendsLatestReleaseQuery,
    params.release ? skipToken : { variables: { granularity } },
  );
  const release = params.release ? pinned.data?.release : latest.data?.latestRelease;
  const releaseGranularity =
    release && isGranularity(release.granularity) ? release.granularity : granularity;

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

  const releaseError = params.release ? pinned.error : latest.error;
  if (releaseError)
    return isReleaseNotFound(releaseError) ? { status: 'not-found' } : { status: 'failed' };
  if (catalogue.error || breakdown.error) return { status: 'failed' };
  if (params.release ? pinned.loading : latest.loading) return { status: 'loading' };
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
