import { NOT_REMOVED, TAKEDOWN_BUCKETS } from '@candor/catalogue';
import { nearestRank } from '../math/descriptive';
import { type TakedownBucketCode, type TakedownHistogram, totalNotified } from './histogram';

export type Interpolation = 'linear' | 'geometric';

/**
 * A quantile of a takedown histogram. `within`: the bucket holding rank q·N is a guaranteed
 * interval for the nearest-rank quantile of the underlying times, `point` an interpolated
 * estimate inside it. `beyond_cutoff`: the quantile is in the open last bucket
 * (`cutoffHours` = 720: "720 h or more") or among items not removed (`cutoffHours` = null:
 * "not removed by the cut-off"); it is never published as a number.
 */
export type TakedownQuantile =
  | {
      q: number;
      kind: 'within';
      bucket: TakedownBucketCode;
      from: number;
      to: number;
      point: number;
      /** The interpolation used: geometric falls back to linear in a bucket starting at 0. */
      interpolation: Interpolation;
    }
  | { q: number; kind: 'beyond_cutoff'; bucket: TakedownBucketCode; cutoffHours: number | null };

/**
 * The q-quantile (0 ≤ q ≤ 1) of all notified items, not-removed items counted as slower than
 * every removal; null for an empty histogram. Linear: from + f·(to − from); geometric:
 * from·(to/from)^f, with f = (q·N − items in earlier buckets)/(items in the bucket).
 */
export function takedownQuantile(
  histogram: TakedownHistogram,
  q: number,
  interpolation: Interpolation = 'linear',
): TakedownQuantile | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${q}`);
  const total = totalNotified(histogram);
  if (total === 0) return null;
  const rank = nearestRank(q, total);
  let before = 0;
  for (const bucket of TAKEDOWN_BUCKETS) {
    const count = histogram[bucket.code];
    if (before + count >= rank) {
      if (!Number.isFinite(bucket.to)) {
        return { q, kind: 'beyond_cutoff', bucket: bucket.code, cutoffHours: bucket.from };
      }
      const f = Math.min(1, Math.max(0, (q * total - before) / count));
      const geometric = interpolation === 'geometric' && bucket.from > 0;
      const point = geometric
        ? bucket.from * (bucket.to / bucket.from) ** f
        : bucket.from + f * (bucket.to - bucket.from);
      return {
        q,
        kind: 'within',
        bucket: bucket.code,
        from: bucket.from,
        to: bucket.to,
        point,
        interpolation: geometric ? 'geometric' : 'linear',
      };
    }
    before += count;
  }
  return { q, kind: 'beyond_cutoff', bucket: NOT_REMOVED, cutoffHours: null };
}
