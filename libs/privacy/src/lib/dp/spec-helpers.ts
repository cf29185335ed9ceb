// Deterministic random sources for the samplers' unit tests (never exported from the library:
// releases use cryptoRandom).
import type { RandomSource } from './random-source';

/** A seeded, fast, non-cryptographic source (sfc32). Same seed, same sequence. */
export function seededRandom(seed: number): RandomSource {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i += 1) next();
  return {
    below(n: bigint): bigint {
      if (n < 1n) throw new RangeError('range must be at least 1');
      if (n <= 0x1_0000_0000n) {
        const m = Number(n);
        const limit = 0x1_0000_0000 - (0x1_0000_0000 % m);
        for (;;) {
          const x = next();
          if (x < limit) return BigInt(x % m);
        }
      }
      const bits = n.toString(2).length + 8;
      for (;;) {
        let x = 0n;
        for (let have = 0; have < bits; have += 32) x = (x << 32n) | BigInt(next());
        const span = 1n << BigInt(Math.ceil(bits / 32) * 32);
        const limit = span - (span % n);
        if (x < limit) return x % n;
      }
    },
  };
}

/** Replays the given values (each must be below the range asked for), then throws. */
export function scriptedRandom(values: readonly (number | bigint)[]): RandomSource & {
  readonly asked: bigint[];
} {
  let i = 0;
  const asked: bigint[] = [];
  return {
    asked,
    below(n: bigint): bigint {
      asked.push(n);
      const value = values[i];
      i += 1;
      if (value === undefined) throw new Error('script exhausted');
      const result = BigInt(value);
      if (result < 0n || result >= n) throw new RangeError(`scripted ${result} not below ${n}`);
      return result;
    },
  };
}

/** Empirical frequency of 0, mean and variance of integer draws. */
export function summarize(draws: readonly bigint[]): {
  zero: number;
  mean: number;
  variance: number;
} {
  let zeros = 0;
  let sum = 0;
  let squares = 0;
  for (const draw of draws) {
    const x = Number(draw);
    if (x === 0) zeros += 1;
    sum += x;
    squares += x * x;
  }
  const n = draws.length;
  const mean = sum / n;
  return { zero: zeros / n, mean, variance: squares / n - mean * mean };
}

/**
 * Tolerances for N draws of a symmetric integer distribution with the given pmf (on
 * −limit…limit), at `z` standard errors (z = 5.5: two-sided failure probability ≈ 4e-8).
 */
export function tolerances(
  pmf: (x: number) => number,
  limit: number,
  n: number,
  z = 5.5,
): { zero: number; mean: number; variance: number } {
  let second = 0;
  let fourth = 0;
  for (let x = -limit; x <= limit; x += 1) {
    second += x * x * pmf(x);
    fourth += x ** 4 * pmf(x);
  }
  const p0 = pmf(0);
  return {
    zero: z * Math.sqrt((p0 * (1 - p0)) / n),
    mean: z * Math.sqrt(second / n),
    variance: z * Math.sqrt((fourth - second * second) / n),
  };
}
