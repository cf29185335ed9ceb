import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import {
  toFlagViews,
  usePublicRelease,
  type FlagView,
  type Granularity,
} from '@candor/web-public-kit';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import { headlineFigures, type HeadlineFigure } from './headline/headline-figures';
import { overviewFiguresQuery } from './overview.documents';

/** How many spikes and level shifts the overview lists. */
export const RECENT_FLAGS = 6;

export type OverviewState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-release' }
  | { status: 'not-found' }
  | {
      status: 'ready';
      release: PublicReleaseFragment;
      granularity: Granularity;
      headlines: HeadlineFigure[];
      flags: FlagView[];
    };

/**
 * The release the overview reads (the one pinned in the URL, else the latest at the chosen
 * granularity), then its headline figures and newest flags, as pure transforms of the answers.
 */
export function useOverview(granularity: Granularity, pinnedId: string | null): OverviewState {
  const answer = usePublicRelease(pinnedId, granularity);
  const { release, granularity: releaseGranularity } = answer;
  const figures = useQuery(
    overviewFiguresQuery,
    release ? { variables: { releaseId: release.id } } : skipToken,
  );

  const headlines = useMemo(
    () =>
      release && figures.data
        ? headlineFigures({
            granularity: releaseGranularity,
            periodFrom: release.periodFrom,
            periodTo: release.periodTo,
            reports: figures.data.reports,
            csam: figures.data.csam,
            actioned: figures.data.actioned,
            takedown: figures.data.takedown,
            redistribution: figures.data.redistribution,
          })
        : [],
    [release, figures.data, releaseGranularity],
  );
  const flags = useMemo(() => toFlagViews(figures.data?.flags ?? [], RECENT_FLAGS), [figures.data]);

  if (answer.failure) return { status: answer.failure };
  if (figures.error) return { status: 'failed' };
  if (answer.loading) return { status: 'loading' };
  if (!release) return { status: 'no-release' };
  if (!figures.data) return { status: 'loading' };
  return { status: 'ready', release, granularity: releaseGranularity, headlines, flags };
}
