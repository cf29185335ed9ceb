// Exact discrete Gaussian sampler (Canonne, Kamath & Steinke 2020, Algorithm 3).
import { bernoulliExp } from './bernoulli';
import { sampleDiscreteLaplace } from './discrete-laplace';
import { cryptoRandom, type RandomSource } from './random-source';
import { isqrt, type Rational } from './rational';

/**
 * One draw from the discrete Gaussian N_Z(0, σ²): P(x) ∝ exp(−x²/(2σ²)) on the integers, σ² a
 * positive rational a/b. Rejection sampling from a discrete Laplace of scale t = ⌊σ⌋ + 1,
 * accepting Y with probability exp(−(|Y| − σ²/t)²/(2σ²)) = exp(−(|Y|·b·t − a)²/(2·a·b·t²)).
 */
export function sampleDiscreteGaussian(
  sigma2: Rational,
  random: RandomSource = cryptoRandom,
): bigint {
  const a = sigma2.numerator;
  const b = sigma2.denominator;
  if (a < 1n) throw new RangeError('variance must be positive');
  const t = isqrt(a / b) + 1n;
  const scale: Rational = { numerator: t, denominator: 1n };
  for (;;) {
    const y = sampleDiscreteLaplace(scale, random);
    const magnitude = y < 0n ? -y : y;
    const offset = magnitude * b * t - a;
    const gamma: Rational = { numerator: offset * offset, denominator: 2n * a * b * t * t };
    if (bernoulliExp(gamma, random)) return y;
  }
}
