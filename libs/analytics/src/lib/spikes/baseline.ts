import { normalQuantile, studentTQuantile } from '../math/distributions';
import { quadraticForm } from '../math/linear';
import { type PoissonFit, anscombeResiduals, fitQuasiPoisson } from './glm';
import { type PredictiveDistribution, predictiveDistribution } from './prediction';

/** One past observation: its time index, its month of year (1–12) when monthly, its count. */
export interface BaselinePoint {
  t: number;
  month?: number;
  value: number;
}

export interface BaselineOptions {
  /** Month-of-year effects (11 indicator columns). The caller decides when there are enough. */
  seasonal?: boolean;
  /** Anscombe residuals above this are down-weighted (Noufaily et al. 2013: 2.58). */
  reweightThreshold?: number;
  /** Coverage of the bound the distribution is for (0.99); sets the small-sample inflation. */
  level?: number;
}

export interface Baseline {
  /** Expected count μ₀ at the target time. */
  expected: number;
  /**
   * Predictive variance (φμ₀ + μ₀²·Var(η̂₀))·c: the count's own noise plus the fit's
   * uncertainty, times c = (t₍level, n−p₎ / z₍level₎)² when φ was estimated above 1.
   */
  variance: number;
  dispersion: number;
  /** Multiplicative change per period, exp(β₁). */
  trendPerPeriod: number;
  seasonal: boolean;
  /** Indices (into the history) of past points that were down-weighted as outliers. */
  downweighted: number[];
  distribution: PredictiveDistribution;
}

export const REWEIGHT_THRESHOLD = 2.58;

function designRow(
  point: { t: number; month?: number },
  centre: number,
  months: readonly number[],
): number[] {
  const row = [1, point.t - centre];
  for (const m of months.slice(1)) row.push(point.month === m ? 1 : 0);
  return row;
}

/**
 * Expected value and predictive distribution at `target` from `history` (which must not
 * contain the target): log μ_t = β₀ + β₁ t (+ month effects), fitted by IRLS; points whose
 * Anscombe residual exceeds the threshold get weight γ/r², the others γ, with γ making the
 * weights sum to n; then refitted (Farrington et al. 1996; Noufaily et al. 2013).
 */
export function fitBaseline(
  history: readonly BaselinePoint[],
  target: { t: number; month?: number },
  options: BaselineOptions = {},
): Baseline {
  const threshold = options.reweightThreshold ?? REWEIGHT_THRESHOLD;
  const seasonal = options.seasonal ?? false;
  if (history.length < 3) throw new RangeError('a baseline needs at least three past points');
  const months = seasonal
    ? [...new Set(history.map((h) => h.month))]
        .filter((m): m is number => m !== undefined)
        .sort((a, b) => a - b)
    : [];
  if (
    seasonal &&
    (months.length < 2 || target.month === undefined || !months.includes(target.month))
  ) {
    throw new RangeError('a seasonal baseline needs the target month and others in the history');
  }
  const centre = history.reduce((s, h) => s + h.t, 0) / history.length;
  const x = history.map((h) => designRow(h, centre, months));
  const y = history.map((h) => h.value);

  const first = fitQuasiPoisson(y, x);
  let fit: PoissonFit = first;
  const downweighted: number[] = [];
  if (!first.degenerate) {
    const residuals = anscombeResiduals(y, first);
    const raw = residuals.map((r, i) => {
      if (r > threshold) {
        downweighted.push(i);
        return 1 / (r * r);
      }
      return 1;
    });
    if (downweighted.length > 0) {
      const gamma = y.length / raw.reduce((s, w) => s + w, 0);
      fit = fitQuasiPoisson(
        y,
        x,
        raw.map((w) => w * gamma),
      );
    }
  }
  const x0 = designRow(target, centre, months);
  if (fit.degenerate) {
    return {
      expected: 0,
      variance: 0,
      dispersion: 1,
      trendPerPeriod: 1,
      seasonal,
      downweighted,
      distribution: predictiveDistribution(0, 0),
    };
  }
  const eta0 = x0.reduce((s, v, i) => s + v * (fit.beta[i] as number), 0);
  const expected = Math.exp(eta0);
  const etaVariance = fit.dispersion * quadraticForm(fit.unscaledCovariance, x0);
  // An estimated dispersion is itself uncertain: as a t replaces a z for an estimated σ, the
  // variance is inflated by (t/z)², which keeps the bound's coverage near nominal on short series.
  const freedom = history.length - x0.length;
  const level = options.level ?? 0.99;
  const inflation =
    fit.dispersion > 1 && freedom > 0
      ? (studentTQuantile(level, freedom) / normalQuantile(level)) ** 2
      : 1;
  const variance = (fit.dispersion * expected + expected * expected * etaVariance) * inflation;
  return {
    expected,
    variance,
    dispersion: fit.dispersion,
    trendPerPeriod: Math.exp(fit.beta[1] as number),
    seasonal,
    downweighted,
    distribution: predictiveDistribution(expected, variance),
  };
}
