// Closed forms of the noise distributions, for tests, documentation and error bars.

/** α = e^{−1/scale} of a discrete Laplace distribution (e^{−ε/Δ} for ε-DP). */
export function laplaceAlpha(scale: number): number {
  if (!(scale > 0)) throw new RangeError('scale must be positive');
  return Math.exp(-1 / scale);
}

/** P(X = x) = ((1 − α)/(1 + α))·α^|x| for the discrete Laplace of the given scale. */
export function discreteLaplacePmf(x: number, scale: number): number {
  const alpha = laplaceAlpha(scale);
  return ((1 - alpha) / (1 + alpha)) * alpha ** Math.abs(x);
}

/** Var X = 2α/(1 − α)² for the discrete Laplace of the given scale. */
export function discreteLaplaceVariance(scale: number): number {
  const alpha = laplaceAlpha(scale);
  return (2 * alpha) / (1 - alpha) ** 2;
}

/** Range of integers whose Gaussian weight exp(−x²/2σ²) is above ~1e-300. */
function gaussianSupport(sigma2: number): number {
  return Math.ceil(Math.sqrt(2 * sigma2 * 700)) + 1;
}

/** P(X = x) for the discrete Gaussian N_Z(0, σ²), normalized numerically. */
export function discreteGaussianPmf(x: number, sigma2: number): number {
  const limit = gaussianSupport(sigma2);
  let normalizer = 0;
  for (let k = -limit; k <= limit; k += 1) normalizer += Math.exp(-(k * k) / (2 * sigma2));
  return Math.exp(-(x * x) / (2 * sigma2)) / normalizer;
}

/** Var X of the discrete Gaussian N_Z(0, σ²) (at most σ²). */
export function discreteGaussianVariance(sigma2: number): number {
  const limit = gaussianSupport(sigma2);
  let normalizer = 0;
  let second = 0;
  for (let k = -limit; k <= limit; k += 1) {
    const weight = Math.exp(-(k * k) / (2 * sigma2));
    normalizer += weight;
    second += k * k * weight;
  }
  return second / normalizer;
}
