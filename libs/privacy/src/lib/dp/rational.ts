// Exact non-negative rationals for sampler parameters (ε = 1/2, σ² = 25/4 …).

export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be an integer, got ${value}`);
  return BigInt(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** numerator/denominator in lowest terms; numerator ≥ 0, denominator ≥ 1. */
export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  const n = toBigInt(numerator, 'numerator');
  const d = toBigInt(denominator, 'denominator');
  if (d < 1n) throw new RangeError('denominator must be positive');
  if (n < 0n) throw new RangeError('numerator must be non-negative');
  const g = gcd(n, d) || 1n;
  return { numerator: n / g, denominator: d / g };
}

/** The rational as a (rounded) number, for reporting and accounting. */
export function toNumber(value: Rational): number {
  return Number(value.numerator) / Number(value.denominator);
}

/** ⌊√n⌋ for n ≥ 0 (Newton's method on integers). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}
