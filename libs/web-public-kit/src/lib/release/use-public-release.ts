import { skipToken, useQuery } from '@apollo/client/react';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import { GRANULARITIES, type Granularity } from '../url-state/view-params';
import { publicLatestReleaseQuery, publicPinnedReleaseQuery } from './public-release.documents';
import { isReleaseNotFound } from './release-not-found';

/** The release a public view reads, as far as it is known yet. */
export interface PublicReleaseAnswer {
  /** The release; undefined while unanswered, or when none is published. */
  release: PublicReleaseFragment | undefined;
  /** The release's own granularity, else the one asked for. */
  granularity: Granularity;
  /** Why there is no release to read: the pinned id is unknown, or the request failed. */
  failure: 'not-found' | 'failed' | null;
  loading: boolean;
}

const isGranularity = (value: string): value is Granularity =>
  (GRANULARITIES as readonly string[]).includes(value);

/**
 * The release pinned in the URL, else the latest at the chosen granularity. A pinned release
 * keeps its own granularity.
 */
export function usePublicRelease(
  pinnedId: string | null,
  granularity: Granularity,
): PublicReleaseAnswer {
  const pinned = useQuery(
    publicPinnedReleaseQuery,
    pinnedId ? { variables: { id: pinnedId } } : skipToken,
  );
  const latest = useQuery(
    publicLatestReleaseQuery,
    pinnedId ? skipToken : { variables: { granularity } },
  );
  const release = (pinnedId ? pinned.data?.release : latest.data?.latestRelease) ?? undefined;
  const error = pinnedId ? pinned.error : latest.error;
  return {
    release,
    granularity: release && isGranularity(release.granularity) ? release.granularity : granularity,
    failure: error ? (isReleaseNotFound(error) ? 'not-found' : 'failed') : null,
    loading: pinnedId ? pinned.loading : latest.loading,
  };
}
