import { useMemo } from 'react';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import { usePublicRelease, type Granularity, type ViewParams } from '@candor/web-public-kit';
import { viewPeriods } from './release-periods';

export type ViewRelease =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-release' }
  | { status: 'not-found' }
  | {
      status: 'ready';
      release: PublicReleaseFragment;
      granularity: Granularity;
      /** The periods the page shows: the release's, narrowed to the URL's range. */
      periods: string[];
    };

/**
 * The release a view reads: the one pinned in the URL, else the latest at the chosen
 * granularity; and the periods it shows. A pinned release keeps its own granularity.
 */
export function useViewRelease(
  params: Pick<ViewParams, 'release' | 'from' | 'to'>,
  granularity: Granularity,
): ViewRelease {
  const answer = usePublicRelease(params.release, granularity);
  const { release, granularity: releaseGranularity } = answer;
  const periods = useMemo(
    () =>
      release ? viewPeriods(release, releaseGranularity, { from: params.from, to: params.to }) : [],
    [release, releaseGranularity, params.from, params.to],
  );

  if (answer.failure) return { status: answer.failure };
  if (answer.loading) return { status: 'loading' };
  if (!release) return { status: 'no-release' };
  return { status: 'ready', release, granularity: releaseGranularity, periods };
}
