// Exact Bernoulli samplers (Canonne, Kamath & Steinke 2020, "The Discrete Gaussian for
// Differential Privacy", Algorithm 1). Only integer arithmetic: no rounding anywhere.
import type { RandomSource } from './random-source';
import type { Rational } from './rational';

/** Bernoulli(n/d) for n/d ∈ [0, 1]: true when a uniform integer in [0, d) is below n. */
export function bernoulli(p: Rational, random: RandomSource): boolean {
  if (p.numerator > p.denominator) throw new RangeError('probability above 1');
  return random.below(p.denominator) < p.numerator;
}

/** Bernoulli(exp(−γ)) for γ ∈ [0, 1]: Taylor series as a chain of Bernoulli(γ/k) trials. */
function bernoulliExpUpToOne(gamma: Rational, random: RandomSource): boolean {
  let k = 1n;
  while (bernoulli({ numerator: gamma.numerator, denominator: gamma.denominator * k }, random)) {
    k += 1n;
  }
  return k % 2n === 1n;
}

const ONE: Rational = { numerator: 1n, denominator: 1n };

/** Bernoulli(exp(−γ)) for any rational γ ≥ 0: ⌊γ⌋ trials of exp(−1), then exp(−(γ − ⌊γ⌋)). */
export function bernoulliExp(gamma: Rational, random: RandomSource): boolean {
  const whole = gamma.numerator / gamma.denominator;
  for (let i = 0n; i < whole; i += 1n) {
    if (!bernoulliExpUpToOne(ONE, random)) return false;
  }
  const fraction = {
    numerator: gamma.numerator - whole * gamma.denominator,
    denominator: gamma.denominator,
  };
  return bernoulliExpUpToOne(fraction, random);
}
