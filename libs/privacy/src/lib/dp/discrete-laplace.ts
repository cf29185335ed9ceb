// Exact discrete Laplace sampler (Canonne, Kamath & Steinke 2020, Algorithm 2).
import { bernoulli, bernoulliExp } from './bernoulli';
import { cryptoRandom, type RandomSource } from './random-source';
import type { Rational } from './rational';

const HALF: Rational = { numerator: 1n, denominator: 2n };
const ONE: Rational = { numerator: 1n, denominator: 1n };

/**
 * One draw from the discrete Laplace distribution with scale t/s on the integers:
 * P(x) = ((e^{1/τ} − 1)/(e^{1/τ} + 1))·e^{−|x|/τ}, τ = t/s. Adding it to a count of sensitivity
 * Δ gives ε-DP for τ = Δ/ε (see {@link laplaceScale}).
 */
export function sampleDiscreteLaplace(
  scale: Rational,
  random: RandomSource = cryptoRandom,
): bigint {
  const t = scale.numerator;
  const s = scale.denominator;
  if (t < 1n) throw new RangeError('scale must be positive');
  for (;;) {
    const u = random.below(t);
    if (!bernoulliExp({ numerator: u, denominator: t }, random)) continue;
    let v = 0n;
    while (bernoulliExp(ONE, random)) v += 1n;
    const y = (u + t * v) / s;
    const negative = bernoulli(HALF, random);
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** The scale Δ/ε that gives ε-DP for a count of sensitivity Δ (ε = a/b → Δ·b/a). */
export function laplaceScale(epsilon: Rational, sensitivity = 1n): Rational {
  if (epsilon.numerator < 1n) throw new RangeError('epsilon must be positive');
  return {
    numerator: sensitivity * epsilon.denominator,
    denominator: epsilon.numerator,
  };
}
