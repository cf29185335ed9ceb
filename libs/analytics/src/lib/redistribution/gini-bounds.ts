import { REPEAT_BUCKETS } from '@candor/catalogue';

/**
 * Bounds on the Gini coefficient of files per item from the `repeat` histogram (items per
 * bucket of files-per-item) and the total number of files F.
 *
 * Derivation (details in the README). Write Sᵦ for the files of bucket b (nᵦ items, each
 * with lᵦ…uᵦ files; the open bucket's uᵦ is what one item can hold when every other item has
 * its minimum). With T = Σᵢ Σⱼ |xᵢ − xⱼ| and G = T / (2 N F), because bucket ranges do not
 * overlap, every item of a later bucket has more files than every item of an earlier one, so
 *   T = 2 Σᵦ cᵦ Sᵦ + Σᵦ Wᵦ,   cᵦ = N₍<b₎ − N₍>b₎,   Wᵦ = Σ |xᵢ − xⱼ| within bucket b.
 * Lower bound: Wᵦ = 0 (items of a bucket all equal) and the linear part minimized under
 * Σ Sᵦ = F: the cᵦ increase with b, so the files above the minima go to the lowest buckets.
 * Upper bound: for a given Sᵦ, Wᵦ is largest with items at lᵦ or uᵦ and at most one between
 * (a Schur-convex function peaks at a vertex); Wᵦ(Sᵦ) is then concave and piecewise linear,
 * the m-th stretch of uᵦ − lᵦ files having slope 2(nᵦ − 1 − 2m). The sum is a separable
 * concave maximization under Σ Sᵦ = F, solved exactly by filling stretches in decreasing
 * order of total slope 2(cᵦ + nᵦ − 1 − 2m), found by bisection on the slope.
 * Both bounds relax file counts to real numbers, so they always hold; each is attained up to
 * that rounding.
 */
export type RepeatHistogramInput = Readonly<Record<string, number | undefined>>;

export interface GiniBounds {
  lower: number;
  upper: number;
  items: number;
  files: number;
}

interface Bucket {
  n: number;
  l: number;
  /** Room per item above the minimum (u − l). */
  d: number;
  c: number;
}

function readBuckets(
  histogram: RepeatHistogramInput,
  files: number,
): { buckets: Bucket[]; room: number; items: number } {
  const known = new Set<string>(REPEAT_BUCKETS.map((b) => b.code));
  for (const code of Object.keys(histogram)) {
    if (!known.has(code)) throw new RangeError(`"${code}" is not a repeat bucket`);
  }
  const counts = REPEAT_BUCKETS.map((b) => {
    const n = histogram[b.code] ?? 0;
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(
        `repeat bucket ${b.code}: items must be a non-negative integer, got ${n}`,
      );
    }
    return n;
  });
  const items = counts.reduce((s, n) => s + n, 0);
  const minimum = REPEAT_BUCKETS.reduce((s, b, i) => s + (counts[i] as number) * b.from, 0);
  const room = files - minimum;
  if (room < 0) {
    throw new RangeError(`${files} files are fewer than the ${minimum} the repeat histogram needs`);
  }
  let below = 0;
  const buckets = REPEAT_BUCKETS.map((b, i) => {
    const n = counts[i] as number;
    const above = items - below - n;
    const bucket = {
      n,
      l: b.from,
      d: Number.isFinite(b.to) ? b.to - b.from : room,
      c: below - above,
    };
    below += n;
    return bucket;
  });
  const capacity = buckets.reduce((s, b) => s + b.n * b.d, 0);
  if (capacity < room) {
    throw new RangeError(
      `${files} files are more than the repeat histogram allows (${files - room + capacity})`,
    );
  }
  return { buckets, room, items };
}

/** Number of stretches of bucket b whose half-slope (c + n − 1 − 2m) is at least s. */
function stretches(b: Bucket, s: number): number {
  if (b.n === 0 || b.d === 0) return 0;
  const top = b.c + b.n - 1;
  if (top < s) return 0;
  return Math.min(b.n, Math.floor((top - s) / 2) + 1);
}

function upperT(buckets: readonly Bucket[], room: number, base: number): number {
  const capacity = (s: number): number =>
    buckets.reduce((sum, b) => sum + b.d * stretches(b, s), 0);
  const active = buckets.filter((b) => b.n > 0 && b.d > 0);
  if (room === 0 || active.length === 0) return base;
  // capacity(low) > room ≥ capacity(high); the answer is the smallest s with capacity ≤ room.
  let low = Math.min(...active.map((b) => b.c + b.n - 1 - 2 * (b.n - 1))) - 1;
  let high = Math.max(...active.map((b) => b.c + b.n - 1)) + 1;
  if (capacity(low) <= room) high = low;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (capacity(mid) <= room) high = mid;
    else low = mid;
  }
  let t = base;
  for (const b of active) {
    const k = stretches(b, high);
    t += 2 * b.d * (k * (b.c + b.n - 1) - k * (k - 1));
  }
  return t + 2 * (high - 1) * (room - capacity(high));
}

/** Lower and upper bounds on the Gini coefficient of files per item; null without items. */
export function giniBounds(histogram: RepeatHistogramInput, files: number): GiniBounds | null {
  if (!Number.isSafeInteger(files) || files < 0) {
    throw new RangeError(`files must be a non-negative integer, got ${files}`);
  }
  const { buckets, room, items } = readBuckets(histogram, files);
  if (items === 0) return null;
  const base = buckets.reduce((s, b) => s + 2 * b.c * b.n * b.l, 0);
  let lowerT = base;
  let left = room;
  for (const b of buckets) {
    const take = Math.min(left, b.n * b.d);
    lowerT += 2 * b.c * take;
    left -= take;
  }
  const scale = 2 * items * files;
  const clamp = (g: number): number => Math.min(1, Math.max(0, g));
  return {
    lower: clamp(lowerT / scale),
    upper: clamp(upperT(buckets, room, base) / scale),
    items,
    files,
  };
}
