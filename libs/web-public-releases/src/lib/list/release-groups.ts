import { GRANULARITIES, toGranularity, type Granularity } from '../shared/vocabulary';

export type ReleaseGroupKey = Granularity | 'other';

export interface ReleaseGroup<T> {
  key: ReleaseGroupKey;
  releases: T[];
}

/**
 * Releases by series frequency — monthly, quarterly, yearly, then any other — each group keeping
 * the order given (the API lists newest first). Empty groups are left out.
 */
export function groupReleases<T extends { granularity: string }>(
  releases: readonly T[],
): ReleaseGroup<T>[] {
  const keys: readonly ReleaseGroupKey[] = [...GRANULARITIES, 'other'];
  return keys
    .map((key) => ({
      key,
      releases: releases.filter((r) => (toGranularity(r.granularity) ?? 'other') === key),
    }))
    .filter((group) => group.releases.length > 0);
}
