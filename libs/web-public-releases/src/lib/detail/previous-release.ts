export interface ListedRelease {
  id: string;
  series: string;
  version: number;
  title: string;
  publishedAt: string | null;
  withdrawnAt: string | null;
}

const time = (iso: string | null) => (iso ? new Date(iso).getTime() : Number.NaN);

/**
 * The version a release's changelog was computed against: the newest earlier version of the same
 * series that was published, and not yet withdrawn, when this one was built (the rule the
 * builder follows). Without a build time, the newest earlier published version.
 */
export function previousVersion<T extends ListedRelease>(
  release: { id: string; series: string; version: number; builtAt: string | null },
  releases: readonly T[],
): T | null {
  const built = time(release.builtAt);
  const candidates = releases.filter((other) => {
    if (other.id === release.id || other.series !== release.series) return false;
    if (other.version >= release.version || !other.publishedAt) return false;
    if (Number.isNaN(built)) return true;
    const withdrawn = time(other.withdrawnAt);
    return time(other.publishedAt) <= built && (Number.isNaN(withdrawn) || withdrawn > built);
  });
  return candidates.reduce<T | null>(
    (best, other) => (!best || other.version > best.version ? other : best),
    null,
  );
}

/** The newest published (not withdrawn) version of the same series, when it is newer than this one. */
export function newerVersion<T extends ListedRelease & { status: string }>(
  release: { id: string; series: string; version: number },
  releases: readonly T[],
): T | null {
  return releases.reduce<T | null>(
    (best, other) =>
      other.series === release.series &&
      other.status === 'published' &&
      other.version > release.version &&
      (!best || other.version > best.version)
        ? other
        : best,
    null,
  );
}
