/**
 * Gini coefficient, population form: G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), computed from the sorted
 * values as Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σ x). 0 when all values are equal (including all zero).
 */
export function gini(values: readonly number[]): number {
  if (values.length === 0)
    throw new RangeError('the Gini coefficient of an empty list is undefined');
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`the Gini coefficient needs finite values ≥ 0, got ${v}`);
    }
  }
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  sorted.forEach((x, i) => {
    total += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  });
  return total === 0 ? 0 : weighted / (n * total);
}
