// Concentration rules on the contributions of one cell (ESSnet SDC Handbook, ch. 4.2).
// All comparisons multiply instead of dividing, so integer inputs are compared exactly.

/** Contributor values, largest first (a copy). */
export function sortedDescending(values: readonly number[]): number[] {
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`contribution must be a finite non-negative number, got ${value}`);
    }
  }
  return [...values].sort((a, b) => b - a);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * (n,k)-dominance: unsafe when the n largest contributions make up more than k % of the total
 * (`x₁ + … + xₙ > (k/100)·X`, strict: exactly k % is safe).
 */
export function dominanceUnsafe(values: readonly number[], n: number, k: number): boolean {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(k > 0 && k <= 100)) throw new RangeError(`k must be in (0, 100], got ${k}`);
  const sorted = sortedDescending(values);
  return sum(sorted.slice(0, n)) * 100 > k * sum(sorted);
}

/**
 * p% rule: the second-largest contributor, subtracting its own value from the total, learns the
 * largest one to within `X − x₁ − x₂`; unsafe when that is less than p % of x₁
 * (`X − x₁ − x₂ < (p/100)·x₁`, strict).
 */
export function pPercentUnsafe(values: readonly number[], p: number): boolean {
  if (!(p >= 0)) throw new RangeError(`p must be non-negative, got ${p}`);
  const [x1 = 0, _x2 = 0, ...rest] = sortedDescending(values);
  return sum(rest) * 100 < p * x1;
}

/**
 * The (2,k)-dominance rule that matches the p% rule for a cell whose remainder is spread thin:
 * `p = 100·(100 − k)/k` (k = 80 ↔ p = 25).
 */
export function pFromDominanceK(k: number): number {
  if (!(k > 0 && k <= 100)) throw new RangeError(`k must be in (0, 100], got ${k}`);
  return (100 * (100 - k)) / k;
}

/** Inverse of {@link pFromDominanceK}: `k = 100·100/(100 + p)`. */
export function dominanceKFromP(p: number): number {
  if (!(p >= 0)) throw new RangeError(`p must be non-negative, got ${p}`);
  return 10_000 / (100 + p);
}
