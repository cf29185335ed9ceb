import { NOT_REMOVED, REPEAT_BUCKETS, TAKEDOWN_BUCKETS } from '@candor/catalogue';
import type { Random } from './random';
import { jitter, splitLargestRemainder, sum } from './split';

/** Every `takedown_hours` bucket, in catalogue order, `not_removed` last. */
export const TAKEDOWN_CODES: readonly string[] = [
  ...TAKEDOWN_BUCKETS.map((b) => b.code),
  NOT_REMOVED,
];

/** Every `repeat` bucket, in catalogue order. */
export const REPEAT_CODES: readonly string[] = REPEAT_BUCKETS.map((b) => b.code);

/** Error function (Abramowitz and Stegun 7.1.26; absolute error below 1.5e-7). */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign * (1 - poly * Math.exp(-a * a));
}

/** P(T < hours) for a log-normal time with the given median and log-scale sigma. */
function logNormalCdf(hours: number, medianHours: number, sigma: number): number {
  if (hours <= 0) return 0;
  if (!Number.isFinite(hours)) return 1;
  return 0.5 * (1 + erf(Math.log(hours / medianHours) / (sigma * Math.SQRT2)));
}

/** A takedown-time distribution: log-normal removal times plus a share never removed. */
export interface TakedownShape {
  medianHours: number;
  sigma: number;
  /** Share still online at the cut-off. */
  notRemoved: number;
}

/** Expected share of each `takedown_hours` bucket (in `TAKEDOWN_CODES` order); sums to 1. */
export function takedownShares(shape: TakedownShape): number[] {
  const removed = 1 - shape.notRemoved;
  const cdf = (h: number): number => logNormalCdf(h, shape.medianHours, shape.sigma);
  return [...TAKEDOWN_BUCKETS.map((b) => removed * (cdf(b.to) - cdf(b.from))), shape.notRemoved];
}

/** A takedown histogram of `total` items: every bucket present, adding up to `total`. */
export function takedownHistogram(random: Random, total: number, shape: TakedownShape): number[] {
  return splitLargestRemainder(total, jitter(random, takedownShares(shape), 0.12));
}

/**
 * How many files show each distinct item, as a truncated power law P(k) ∝ k^−alpha: the share of
 * items in each `repeat` bucket and the mean number of files of an item in that bucket.
 */
export interface RepeatModel {
  shares: readonly number[];
  means: readonly number[];
  filesPerItem: number;
}

export function repeatModel(alpha: number, maxFiles = 5000): RepeatModel {
  const weight = REPEAT_BUCKETS.map(() => 0);
  const files = REPEAT_BUCKETS.map(() => 0);
  let b = 0;
  for (let k = 1; k <= maxFiles; k++) {
    while (k > (REPEAT_BUCKETS[b] as { to: number }).to) b++;
    const p = k ** -alpha;
    weight[b] = (weight[b] as number) + p;
    files[b] = (files[b] as number) + k * p;
  }
  const all = sum(weight);
  return {
    shares: weight.map((w) => w / all),
    means: weight.map((w, i) =>
      w > 0 ? (files[i] as number) / w : (REPEAT_BUCKETS[i] as { from: number }).from,
    ),
    filesPerItem: sum(files) / all,
  };
}

/** Items and files of one period, by `repeat` bucket, plus the files of the ten most repeated items. */
export interface RepeatHistogram {
  items: number[];
  files: number[];
  distinct: number;
  totalFiles: number;
  top10: number;
}

function bucketOf(files: number): number {
  const index = REPEAT_BUCKETS.findIndex((b) => files >= b.from && files <= b.to);
  if (index < 0) throw new RangeError(`An item shows at least one file, not ${files}.`);
  return index;
}

/**
 * Distinct items and files for about `baseFiles` ordinary files drawn from the model, plus
 * `viralItems` (the file count of each re-shared viral item). Each bucket's files lie between its
 * edges times its items, so the histogram is consistent with the file total.
 */
export function repeatHistogram(
  baseFiles: number,
  model: RepeatModel,
  viralItems: readonly number[] = [],
): RepeatHistogram {
  const baseItems = splitLargestRemainder(Math.round(baseFiles / model.filesPerItem), model.shares);
  const baseBucketFiles = baseItems.map((n, i) => {
    const bucket = REPEAT_BUCKETS[i] as { from: number; to: number };
    const expected = Math.round(n * (model.means[i] as number));
    return n === 0 ? 0 : Math.min(Math.max(expected, n * bucket.from), n * bucket.to);
  });
  const items = [...baseItems];
  const files = [...baseBucketFiles];
  for (const viral of viralItems) {
    const b = bucketOf(viral);
    items[b] = (items[b] as number) + 1;
    files[b] = (files[b] as number) + viral;
  }
  // The ten most repeated items: viral items one by one, then ordinary items bucket by bucket
  // from the top, each at its bucket's mean.
  const groups = [
    ...viralItems.map((n) => ({ perItem: n, count: 1 })),
    ...baseItems.map((n, i) => ({
      perItem: n > 0 ? (baseBucketFiles[i] as number) / n : 0,
      count: n,
    })),
  ].sort((a, b) => b.perItem - a.perItem);
  let left = 10;
  let top = 0;
  for (const group of groups) {
    const taken = Math.min(left, group.count);
    top += taken * group.perItem;
    left -= taken;
    if (left === 0) break;
  }
  const totalFiles = sum(files);
  return {
    items,
    files,
    distinct: sum(items),
    totalFiles,
    top10: Math.min(totalFiles, Math.round(top)),
  };
}
