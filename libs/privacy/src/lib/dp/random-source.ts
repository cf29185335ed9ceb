// Sources of uniform random integers for the exact samplers.
import { randomBytes, randomInt } from 'node:crypto';

/** Uniform random integers. Production uses {@link cryptoRandom}; tests may inject their own. */
export interface RandomSource {
  /** A uniform integer in [0, n); n ≥ 1. */
  below(n: bigint): bigint;
}

/** randomInt accepts ranges below 2⁴⁸. */
const RANDOM_INT_LIMIT = 1n << 48n;

/** Rejection sampling over random bytes for ranges of any size. */
function belowLarge(n: bigint): bigint {
  const bits = (n - 1n).toString(2).length;
  const bytes = Math.ceil(bits / 8);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    const candidate = BigInt(`0x${randomBytes(bytes).toString('hex')}`) & mask;
    if (candidate < n) return candidate;
  }
}

/** The operating system's cryptographic random source (node:crypto). */
export const cryptoRandom: RandomSource = {
  below(n: bigint): bigint {
    if (n < 1n) throw new RangeError('range must be at least 1');
    if (n === 1n) return 0n;
    return n < RANDOM_INT_LIMIT ? BigInt(randomInt(Number(n))) : belowLarge(n);
  },
};
