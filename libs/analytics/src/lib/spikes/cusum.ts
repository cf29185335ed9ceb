/**
 * Tabular (two-sided) CUSUM (Page 1954; Montgomery, Introduction to Statistical Quality
 * Control, §9.1) on standardized values z = (x − target)/σ:
 * C⁺ₜ = max(0, C⁺ₜ₋₁ + zₜ − k), C⁻ₜ = max(0, C⁻ₜ₋₁ − zₜ − k); a signal when either exceeds h.
 */
export interface CusumOptions {
  target: number;
  sigma: number;
  /** Reference value (allowance) in σ units: half the shift to detect (0.5). */
  k?: number;
  /** Decision interval in σ units (5). */
  h?: number;
  /** Restart both sums at 0 after a signal, to look for further shifts (false). */
  resetAfterSignal?: boolean;
}

export interface CusumSignal {
  /** 0-based index of the point where a sum first exceeded h. */
  index: number;
  direction: 'up' | 'down';
  /** Index of the first point after the sum was last 0: CUSUM's own estimate of the change. */
  changeStart: number;
}

export interface CusumResult {
  upper: number[];
  lower: number[];
  signals: CusumSignal[];
  /** Index of the first signal, or null. */
  firstSignal: number | null;
}

export const CUSUM_DEFAULTS = { k: 0.5, h: 5 } as const;

export function tabularCusum(values: readonly number[], options: CusumOptions): CusumResult {
  const k = options.k ?? CUSUM_DEFAULTS.k;
  const h = options.h ?? CUSUM_DEFAULTS.h;
  if (!(options.sigma > 0)) throw new RangeError(`σ must be > 0, got ${options.sigma}`);
  const upper: number[] = [];
  const lower: number[] = [];
  const signals: CusumSignal[] = [];
  let cPlus = 0;
  let cMinus = 0;
  let plusStart = 0;
  let minusStart = 0;
  values.forEach((x, t) => {
    if (!Number.isFinite(x)) throw new RangeError(`values must be finite, got ${x}`);
    const z = (x - options.target) / options.sigma;
    if (cPlus === 0) plusStart = t;
    if (cMinus === 0) minusStart = t;
    const before = { up: cPlus, down: cMinus };
    cPlus = Math.max(0, cPlus + z - k);
    cMinus = Math.max(0, cMinus - z - k);
    upper.push(cPlus);
    lower.push(cMinus);
    // A signal is the crossing of h; without a reset the sum may stay above h for a while.
    if (cPlus > h && before.up <= h)
      signals.push({ index: t, direction: 'up', changeStart: plusStart });
    if (cMinus > h && before.down <= h) {
      signals.push({ index: t, direction: 'down', changeStart: minusStart });
    }
    if (options.resetAfterSignal && (cPlus > h || cMinus > h)) {
      cPlus = 0;
      cMinus = 0;
    }
  });
  return { upper, lower, signals, firstSignal: signals[0]?.index ?? null };
}
