import {
  negativeBinomialQuantile,
  negativeBinomialUpperTail,
  poissonQuantile,
  poissonUpperTail,
} from '../math/distributions';

/**
 * The predictive distribution of a count with mean μ and variance V ≥ μ: Poisson when V = μ,
 * otherwise the negative binomial with the same two moments, size r = μ² / (V − μ)
 * (Noufaily et al. 2013 use this family for the quasi-Poisson variance φμ).
 */
export type PredictiveDistribution =
  | { family: 'poisson'; mean: number; variance: number }
  | { family: 'negative-binomial'; mean: number; variance: number; size: number };

export function predictiveDistribution(mean: number, variance: number): PredictiveDistribution {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`a predicted mean must be finite and ≥ 0, got ${mean}`);
  }
  if (!(variance >= 0) || !Number.isFinite(variance)) {
    throw new RangeError(`a predicted variance must be finite and ≥ 0, got ${variance}`);
  }
  // Relative slack: a variance within rounding of the mean is Poisson.
  if (mean === 0 || variance <= mean * (1 + 1e-12)) {
    return { family: 'poisson', mean, variance: mean };
  }
  return { family: 'negative-binomial', mean, variance, size: (mean * mean) / (variance - mean) };
}

/** The smallest count u with P(Y ≤ u) ≥ level: values above u are outside the normal range. */
export function upperPredictionBound(d: PredictiveDistribution, level = 0.99): number {
  return d.family === 'poisson'
    ? poissonQuantile(level, d.mean)
    : negativeBinomialQuantile(level, d.mean, d.size);
}

/** P(Y ≥ observed): how surprising a count at least this high is. */
export function upperTailProbability(d: PredictiveDistribution, observed: number): number {
  return d.family === 'poisson'
    ? poissonUpperTail(observed, d.mean)
    : negativeBinomialUpperTail(observed, d.mean, d.size);
}
