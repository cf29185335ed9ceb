import { type Matrix, cholesky, choleskySolve, inverseSpd, quadraticForm } from '../math/linear';

/**
 * Quasi-Poisson regression with a log link, fitted by iteratively reweighted least squares:
 * at each step solve (Xᵀ W X) β = Xᵀ W z with W = w·μ and working response z = η + (y − μ)/μ
 * (McCullagh & Nelder 1989, §2.5). `w` are prior weights (the outlier down-weighting).
 */
export interface PoissonFit {
  beta: number[];
  /** Fitted means. */
  mu: number[];
  /** (Xᵀ W X)⁻¹ at convergence: the covariance of β̂ is φ times this. */
  unscaledCovariance: Matrix;
  /** Diagonal of the hat matrix W^½ X (Xᵀ W X)⁻¹ Xᵀ W^½. */
  leverage: number[];
  /** Pearson dispersion Σ w (y − μ)² / μ / (n − p), at least 1. */
  dispersion: number;
  iterations: number;
  converged: boolean;
  /** True when every weighted count is zero: μ = 0 everywhere, nothing else is estimable. */
  degenerate: boolean;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

function deviance(y: readonly number[], mu: readonly number[], w: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const mi = mu[i] as number;
    d += 2 * (w[i] as number) * ((yi > 0 ? yi * Math.log(yi / mi) : 0) - (yi - mi));
  }
  return d;
}

function weightedNormalEquations(
  x: Matrix,
  weights: readonly number[],
  z: readonly number[],
): { xtwx: Matrix; xtwz: number[] } {
  const p = (x[0] as number[]).length;
  const xtwx: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xtwz = new Array<number>(p).fill(0);
  x.forEach((row, i) => {
    const wi = weights[i] as number;
    for (let a = 0; a < p; a++) {
      const ra = (row[a] as number) * wi;
      xtwz[a] = (xtwz[a] as number) + ra * (z[i] as number);
      const out = xtwx[a] as number[];
      for (let b = 0; b <= a; b++) out[b] = (out[b] as number) + ra * (row[b] as number);
    }
  });
  for (let a = 0; a < p; a++) {
    for (let b = a + 1; b < p; b++) (xtwx[a] as number[])[b] = (xtwx[b] as number[])[a] as number;
  }
  return { xtwx, xtwz };
}

const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((s, v, i) => s + v * (b[i] as number), 0);

/** Fits log μ = Xβ to counts y with prior weights w (default 1). */
export function fitQuasiPoisson(
  y: readonly number[],
  x: Matrix,
  priorWeights: readonly number[] = y.map(() => 1),
): PoissonFit {
  const n = y.length;
  const p = x[0]?.length ?? 0;
  if (n === 0 || p === 0 || x.length !== n || priorWeights.length !== n) {
    throw new RangeError('a fit needs as many design rows and weights as counts, and columns');
  }
  if (y.some((v) => !(v >= 0) || !Number.isFinite(v))) {
    throw new RangeError('counts must be finite and non-negative');
  }
  const weightedTotal = y.reduce((s, v, i) => s + v * (priorWeights[i] as number), 0);
  if (weightedTotal === 0) {
    return {
      beta: new Array<number>(p).fill(Number.NEGATIVE_INFINITY),
      mu: y.map(() => 0),
      unscaledCovariance: [],
      leverage: y.map(() => 0),
      dispersion: 1,
      iterations: 0,
      converged: true,
      degenerate: true,
    };
  }
  let mu = y.map((v) => v + 0.1);
  let eta = mu.map(Math.log);
  let beta = new Array<number>(p).fill(0);
  let dev = deviance(y, mu, priorWeights);
  let converged = false;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS && !converged) {
    iterations++;
    const working = mu.map((m, i) => (priorWeights[i] as number) * m);
    const z = eta.map((e, i) => e + ((y[i] as number) - (mu[i] as number)) / (mu[i] as number));
    const { xtwx, xtwz } = weightedNormalEquations(x, working, z);
    beta = choleskySolve(cholesky(xtwx), xtwz);
    eta = x.map((row) => dot(row, beta));
    mu = eta.map((e) => Math.max(Math.exp(e), 1e-300));
    const next = deviance(y, mu, priorWeights);
    converged = Math.abs(next - dev) / (Math.abs(next) + 0.1) < TOLERANCE;
    dev = next;
  }
  const working = mu.map((m, i) => (priorWeights[i] as number) * m);
  const { xtwx } = weightedNormalEquations(x, working, mu);
  const unscaledCovariance = inverseSpd(xtwx);
  const leverage = x.map(
    (row, i) => (working[i] as number) * quadraticForm(unscaledCovariance, row),
  );
  let pearson = 0;
  y.forEach((v, i) => {
    pearson += ((priorWeights[i] as number) * (v - (mu[i] as number)) ** 2) / (mu[i] as number);
  });
  const freedom = n - p;
  const dispersion = freedom > 0 ? Math.max(1, pearson / freedom) : 1;
  return {
    beta,
    mu,
    unscaledCovariance,
    leverage,
    dispersion,
    iterations,
    converged,
    degenerate: false,
  };
}

/**
 * Anscombe residuals of a quasi-Poisson fit, standardized by dispersion and leverage
 * (Farrington et al. 1996, eq. 3): r = 3/2 (y^⅔ − μ^⅔) / (μ^⅙ √(φ (1 − h))).
 */
export function anscombeResiduals(y: readonly number[], fit: PoissonFit): number[] {
  return y.map((v, i) => {
    const m = fit.mu[i] as number;
    const h = fit.leverage[i] as number;
    if (!(m > 0) || h >= 1) return 0;
    return (
      (1.5 * (Math.cbrt(v) ** 2 - Math.cbrt(m) ** 2)) /
      (Math.cbrt(Math.sqrt(m)) * Math.sqrt(fit.dispersion * (1 - h)))
    );
  });
}
