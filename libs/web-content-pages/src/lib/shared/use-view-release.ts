import { useMemo } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import type { ContentPagesReleaseFragment } from '@candor/web-graphql';
import { GRANULARITIES, type Granularity, type ViewParams } from '@candor/web-public-kit';
import { viewPeriods } from './release-periods';
import { contentLatestReleaseQuery, contentPinnedReleaseQuery } from './release.documents';

export type ViewRelease =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-release' }
  | { status: 'not-found' }
  | {
      status: 'ready';
      release: ContentPagesReleaseFragment;
      granularity: Granularity;
      /** The periods the page shows: the release's, narrowed to the URL's range. */
      periods: string[];
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
 * The release a view reads: the one pinned in the URL, else the latest at the chosen
 * granularity; and the periods it shows. A pinned release keeps its own granularity.
 */
export function useViewRelease(
  params: Pick<ViewParams, 'release' | 'from' | 'to'>,
  granularity: Granularity,
): ViewRelease {
  const pinnedId = params.release;
  const pinned = useQuery(
    contentPinnedReleaseQuery,
    pinnedId ? { variables: { id: pinnedId } } : skipToken,
  );
  const latest = useQuery(
    contentLatestReleaseQuery,
    pinnedId ? skipToken : { variables: { granularity } },
  );
  const release = pinnedId ? pinned.data?.release : latest.data?.latestRelease;
  const releaseGranularity =
    release && isGranularity(release.granularity) ? release.granularity : granularity;
  const periods = useMemo(
    () =>
      release ? viewPeriods(release, releaseGranularity, { from: params.from, to: params.to }) : [],
    [release, releaseGranularity, params.from, params.to],
  );

  const error = pinnedId ? pinned.error : latest.error;
  if (error) return isReleaseNotFound(error) ? { status: 'not-found' } : { status: 'failed' };
  if (pinnedId ? pinned.loading : latest.loading) return { status: 'loading' };
  if (!release) return { status: 'no-release' };
  return { status: 'ready', release, granularity: releaseGranularity, periods };
}
