import type { Random } from './random';

/**
 * Splits a non-negative integer total into integer parts proportional to the weights, by the
 * largest-remainder method: each part gets the floor of its quota, and the parts with the largest
 * remainders get one more until the parts add up to the total (ties go to the earlier part).
 *
 * With integer weights the arithmetic is exact, so no part exceeds `ceil(total · w / Σw)`; in
 * particular, splitting a smaller count over the parts of a larger one never gives a part more
 * than the larger count's part. All-zero weights split the total evenly.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`Cannot split ${total}: the total must be a non-negative integer.`);
  }
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError(`Cannot split ${total} into no parts.`);
  }
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError('Cannot split: weights must be finite and non-negative.');
  }
  const sum = weights.reduce((a, w) => a + w, 0);
  const used = sum > 0 ? weights : weights.map(() => 1);
  const usedSum = sum > 0 ? sum : weights.length;
  const parts = used.map((w) => Math.floor((total * w) / usedSum));
  const remainders = used.map((w, i) => total * w - (parts[i] as number) * usedSum);
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = used
    .map((_, i) => i)
    .sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
  // Floating-point weights can, very rarely, round a quota up past an integer: give it back.
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    const i = order[k] as number;
    if ((parts[i] as number) > 0) {
      parts[i] = (parts[i] as number) - 1;
      left++;
    }
  }
  return parts;
}

/** Weights with multiplicative noise, so that breakdown shares move a little from period to period. */
export function jitter(random: Random, weights: readonly number[], sigma: number): number[] {
  return weights.map((w) => w * random.factor(sigma));
}

/** Element-wise sum of equally long count vectors. */
export function addCounts(...vectors: readonly (readonly number[])[]): number[] {
  const [first, ...rest] = vectors;
  if (!first) return [];
  return first.map((value, i) => rest.reduce((a, v) => a + (v[i] as number), value));
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, v) => a + v, 0);
}

/** A non-negative integer count near `expected`. */
export function count(expected: number): number {
  return Number.isFinite(expected) && expected > 0 ? Math.round(expected) : 0;
}
