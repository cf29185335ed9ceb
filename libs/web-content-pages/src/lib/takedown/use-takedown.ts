import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import type { Granularity, ViewParams } from '@candor/web-public-kit';
import { useViewRelease, type ViewRelease } from '../shared/use-view-release';
import { takedownPeriods, type TakedownMetric, type TakedownPeriod } from './takedown-data';
import { takedownTimesQuery } from './takedown.documents';

export type TakedownState =
  | Exclude<ViewRelease, { status: 'ready' }>
  | {
      status: 'ready';
      release: PublicReleaseFragment;
      granularity: Granularity;
      /** Every period of the view for the chosen metric, withheld ones with their reason. */
      periods: TakedownPeriod[];
    };

/** The release a view reads, then its takedown-time distributions for one metric and scope. */
export function useTakedown(
  params: ViewParams,
  granularity: Granularity,
  metric: TakedownMetric,
  scope: string,
): TakedownState {
  const view = useViewRelease(params, granularity);
  const release = view.status === 'ready' ? view.release : null;
  const times = useQuery(
    takedownTimesQuery,
    release
      ? { variables: { releaseId: release.id, scope, from: params.from, to: params.to } }
      : skipToken,
  );
  const viewPeriods = view.status === 'ready' ? view.periods : null;
  const periods = useMemo(
    () =>
      viewPeriods && times.data
        ? takedownPeriods(times.data.takedownTimes, metric, viewPeriods)
        : [],
    [viewPeriods, times.data, metric],
  );
  if (view.status !== 'ready') return view;
  if (times.error) return { status: 'failed' };
  if (!times.data) return { status: 'loading' };
  return { status: 'ready', release: view.release, granularity: view.granularity, periods };
}
