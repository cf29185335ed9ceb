/** Small descriptive statistics over finite numbers. */

/** The MAD scale factor that makes the median absolute deviation consistent for σ (normal). */
export const MAD_SCALE = 1.4826;

function checkFinite(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`${what} of an empty list is undefined`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what} needs finite numbers, got ${v}`);
  }
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function mean(values: readonly number[]): number {
  checkFinite(values, 'the mean');
  return sum(values) / values.length;
}

/** Sample standard deviation (divisor n − 1); 0 for a single value. */
export function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  if (values.length < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** The median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  checkFinite(values, 'the median');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median absolute deviation, scaled by 1.4826 unless another `scale` is given. */
export function mad(values: readonly number[], scale = MAD_SCALE): number {
  const m = median(values);
  return scale * median(values.map((v) => Math.abs(v - m)));
}

/**
 * The rank ⌈q·n⌉ (at least 1) of the nearest-rank q-quantile among n ordered values. The product
 * is shrunk by 1e-12 relative so that floating-point noise (0.9 × 1110 = 999.0000000000001)
 * does not push an exact rank to the next one.
 */
export function nearestRank(q: number, n: number): number {
  return Math.max(1, Math.ceil(q * n * (1 - 1e-12)));
}

/**
 * Nearest-rank quantile: the ⌈q·n⌉-th smallest value (the smallest for q = 0). Always one of
 * the data values, so it is the quantile a histogram bucket is guaranteed to contain.
 */
export function nearestRankQuantile(values: readonly number[], q: number): number {
  return weightedNearestRankQuantile(
    values.map((value) => ({ value, count: 1 })),
    q,
  );
}

/** Nearest-rank quantile of values with integer multiplicities (`300 × 0.5 h`). */
export function weightedNearestRankQuantile(
  values: readonly { value: number; count: number }[],
  q: number,
): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${q}`);
  checkFinite(
    values.map((v) => v.value),
    'a quantile',
  );
  for (const { count } of values) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`counts must be non-negative integers, got ${count}`);
    }
  }
  const sorted = [...values].filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const total = sum(sorted.map((v) => v.count));
  if (total === 0) throw new RangeError('a quantile of an empty list is undefined');
  const rank = nearestRank(q, total);
  let seen = 0;
  for (const { value, count } of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return (sorted.at(-1) as { value: number }).value;
}
