import { useMemo } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import {
  GRANULARITIES,
  toFlagViews,
  type FlagView,
  type Granularity,
} from '@candor/web-public-kit';
import type { OverviewReleaseFragment } from '@candor/web-graphql';
import { headlineFigures, type HeadlineFigure } from './headline/headline-figures';
import { latestReleaseQuery, overviewFiguresQuery, pinnedReleaseQuery } from './overview.documents';

/** How many spikes and level shifts the overview lists. */
export const RECENT_FLAGS = 6;

export type OverviewState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-release' }
  | { status: 'not-found' }
  | {
      status: 'ready';
      release: OverviewReleaseFragment;
      granularity: Granularity;
      headlines: HeadlineFigure[];
      flags: FlagView[];
    };

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
 * The release the overview reads (the one pinned in the URL, else the latest at the chosen
 * granularity), then its headline figures and newest flags, as pure transforms of the answers.
 */
export function useOverview(granularity: Granularity, pinnedId: string | null): OverviewState {
  const pinned = useQuery(
    pinnedReleaseQuery,
    pinnedId ? { variables: { id: pinnedId } } : skipToken,
  );
  const latest = useQuery(
    latestReleaseQuery,
    pinnedId ? skipToken : { variables: { granularity } },
  );
  const release = pinnedId ? pinned.data?.release : latest.data?.latestRelease;
  const figures = useQuery(
    overviewFiguresQuery,
    release ? { variables: { releaseId: release.id } } : skipToken,
  );
  const releaseGranularity =
    release && isGranularity(release.granularity) ? release.granularity : granularity;

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

  const releaseError = pinnedId ? pinned.error : latest.error;
  if (releaseError)
    return isReleaseNotFound(releaseError) ? { status: 'not-found' } : { status: 'failed' };
  if (figures.error) return { status: 'failed' };
  if (pinnedId ? pinned.loading : latest.loading) return { status: 'loading' };
  if (!release) return { status: 'no-release' };
  if (!figures.data) return { status: 'loading' };
  return { status: 'ready', release, granularity: releaseGranularity, headlines, flags };
}
