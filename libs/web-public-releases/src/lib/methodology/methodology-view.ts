import { SUBMITTER_GROUPS, toSubmitterGroup, type SubmitterGroup } from '../shared/vocabulary';

export interface ReleaseChoice<T> {
  /** The release whose parameters the page states; null when none is published. */
  release: T | null;
  /** True when the URL asked for this release (`?release=<id>`). */
  pinned: boolean;
  /** True when the URL asked for a release that is not among the public ones. */
  missing: boolean;
}

/**
 * The release the methodology page follows: the one pinned in the URL if it is public, else the
 * latest published (not withdrawn) one, by publication time.
 */
export function chooseRelease<T extends { id: string; status: string; publishedAt: string | null }>(
  releases: readonly T[],
  pinnedId: string | null,
): ReleaseChoice<T> {
  const pinned = pinnedId ? releases.find((r) => r.id === pinnedId) : undefined;
  if (pinned) return { release: pinned, pinned: true, missing: false };
  const latest = releases
    .filter((r) => r.status === 'published' && r.publishedAt)
    .reduce<T | null>(
      (best, r) => (!best || (r.publishedAt ?? '') > (best.publishedAt ?? '') ? r : best),
      null,
    );
  return { release: latest, pinned: false, missing: Boolean(pinnedId) };
}

export interface MetricGroup<T> {
  key: SubmitterGroup;
  metrics: T[];
}

/** Metrics grouped by who submits them (hotlines, companies, both, other), in catalogue order. */
export function groupMetrics<T extends { submittedBy: string }>(
  metrics: readonly T[],
): MetricGroup<T>[] {
  return SUBMITTER_GROUPS.map((key) => ({
    key,
    metrics: metrics.filter((m) => toSubmitterGroup(m.submittedBy) === key),
  })).filter((group) => group.metrics.length > 0);
}
