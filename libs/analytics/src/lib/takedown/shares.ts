import { TAKEDOWN_BUCKETS } from '@candor/catalogue';
import { type TakedownHistogram, totalNotified } from './histogram';

/** The published horizons: 24 hours, 72 hours and 7 days. */
export const TAKEDOWN_HORIZONS = { within24h: 24, within72h: 72, within7d: 168 } as const;

/**
 * Share of ALL notified items (not-removed included) removed in under `hours`, which must be a
 * bucket edge so the share is exact; null when nothing was notified.
 */
export function shareRemovedWithin(histogram: TakedownHistogram, hours: number): number | null {
  if (!TAKEDOWN_BUCKETS.some((b) => b.to === hours)) {
    throw new RangeError(`${hours} h is not a bucket edge, so the share would not be exact`);
  }
  const total = totalNotified(histogram);
  if (total === 0) return null;
  const within = TAKEDOWN_BUCKETS.filter((b) => b.to <= hours).reduce(
    (s, b) => s + histogram[b.code],
    0,
  );
  return within / total;
}
