/**
 * EWMA chart with exact time-varying limits (Roberts 1959; Montgomery §9.2):
 * zₜ = λxₜ + (1 − λ)zₜ₋₁, z₀ = μ₀; limits μ₀ ± Lσ √(λ/(2 − λ)·(1 − (1 − λ)^{2t})).
 */
export interface EwmaOptions {
  target: number;
  sigma: number;
  lambda?: number;
  L?: number;
}

export interface EwmaResult {
  z: number[];
  upperLimit: number[];
  lowerLimit: number[];
  /** 0-based index of the first point outside the limits, or null. */
  firstSignal: number | null;
}

export const EWMA_DEFAULTS = { lambda: 0.1, L: 2.7 } as const;

export function ewmaChart(values: readonly number[], options: EwmaOptions): EwmaResult {
  const lambda = options.lambda ?? EWMA_DEFAULTS.lambda;
  const L = options.L ?? EWMA_DEFAULTS.L;
  if (!(lambda > 0 && lambda <= 1)) throw new RangeError(`λ must be in (0, 1], got ${lambda}`);
  if (!(options.sigma > 0)) throw new RangeError(`σ must be > 0, got ${options.sigma}`);
  const z: number[] = [];
  const upperLimit: number[] = [];
  const lowerLimit: number[] = [];
  let firstSignal: number | null = null;
  let current = options.target;
  values.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`values must be finite, got ${x}`);
    current = lambda * x + (1 - lambda) * current;
    const width =
      L * options.sigma * Math.sqrt((lambda / (2 - lambda)) * (1 - (1 - lambda) ** (2 * (i + 1))));
    z.push(current);
    upperLimit.push(options.target + width);
    lowerLimit.push(options.target - width);
    if (firstSignal === null && Math.abs(current - options.target) > width) firstSignal = i;
  });
  return { z, upperLimit, lowerLimit, firstSignal };
}
