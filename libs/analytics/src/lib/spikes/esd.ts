import { mean, sampleSd } from '../math/descriptive';
import { studentTQuantile } from '../math/distributions';

/**
 * Generalized extreme Studentized deviate test (Rosner 1983; NIST e-Handbook 1.3.5.17), for
 * up to r outliers in roughly normal data. Step i removes the value farthest from the mean,
 * Rᵢ = max|x − x̄|/s, against λᵢ = (n − i)·t_{p, n−i−1} / √((n − i − 1 + t²)(n − i + 1)),
 * p = 1 − α/(2(n − i + 1)). The number of outliers is the largest i with Rᵢ > λᵢ, so an
 * outlier masked at step 1 is still found (T16).
 */
export interface EsdStep {
  /** Index in the input of the value removed at this step. */
  index: number;
  value: number;
  R: number;
  lambda: number;
}

export interface EsdResult {
  steps: EsdStep[];
  outlierCount: number;
  /** Input indices of the outliers, most extreme first. */
  outliers: number[];
}

export function generalizedEsd(
  values: readonly number[],
  options: { maxOutliers: number; alpha?: number },
): EsdResult {
  const alpha = options.alpha ?? 0.05;
  const n = values.length;
  const r = Math.min(options.maxOutliers, n - 3);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`α must be in (0, 1), got ${alpha}`);
  const remaining = values.map((value, index) => ({ value, index }));
  const steps: EsdStep[] = [];
  for (let i = 1; i <= r; i++) {
    const xs = remaining.map((p) => p.value);
    const m = mean(xs);
    const s = sampleSd(xs);
    if (!(s > 0)) break;
    let at = 0;
    remaining.forEach((p, j) => {
      if (Math.abs(p.value - m) > Math.abs((remaining[at] as typeof p).value - m)) at = j;
    });
    const [removed] = remaining.splice(at, 1) as [(typeof remaining)[number]];
    const p = 1 - alpha / (2 * (n - i + 1));
    const t = studentTQuantile(p, n - i - 1);
    const lambda = ((n - i) * t) / Math.sqrt((n - i - 1 + t * t) * (n - i + 1));
    steps.push({
      index: removed.index,
      value: removed.value,
      R: Math.abs(removed.value - m) / s,
      lambda,
    });
  }
  let outlierCount = 0;
  steps.forEach((step, i) => {
    if (step.R > step.lambda) outlierCount = i + 1;
  });
  return { steps, outlierCount, outliers: steps.slice(0, outlierCount).map((s) => s.index) };
}
