import { MAD_SCALE, mad, mean } from '../math/descriptive';

/** Cost differences below this are rounding, not a better segmentation. */
const TIE = 1e-9;
/**
 * PELT (Killick, Fearnhead & Eckley 2012): the exact optimal segmentation under a penalized
 * cost, with pruning. Cost of a segment: Σ (x − x̄)² / σ² (normal, change in mean, σ known);
 * σ̂ = MAD(first differences)/√2 (MAD × 1.4826), robust to the mean changes themselves.
 */
export interface PeltOptions {
  /** Penalty per changepoint in cost units, or a multiple of log n (2 → 2·log n, the default). */
  penalty?: number | { logNMultiple: number };
  /** Known σ; estimated from the differences when omitted. */
  sigma?: number;
  /** Minimum segment length (1). */
  minSegmentLength?: number;
}

export interface PeltSegment {
  /** 0-based index of the first point. */
  start: number;
  /** 0-based index one past the last point. */
  end: number;
  mean: number;
}

export interface PeltResult {
  /** Each changepoint τ means "a change after observation τ" (1-based), i.e. at index τ. */
  changepoints: number[];
  segments: PeltSegment[];
  sigma: number;
  penalty: number;
}

/** σ̂ = MAD(xₜ − xₜ₋₁)/√2, with the MAD scaled by 1.4826. */
export function differenceSigma(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const diffs = values.slice(1).map((v, i) => v - (values[i] as number));
  return mad(diffs, MAD_SCALE) / Math.SQRT2;
}

export function pelt(values: readonly number[], options: PeltOptions = {}): PeltResult {
  const n = values.length;
  const minSeg = options.minSegmentLength ?? 1;
  const penaltyOption = options.penalty ?? { logNMultiple: 2 };
  const penalty =
    typeof penaltyOption === 'number' ? penaltyOption : penaltyOption.logNMultiple * Math.log(n);
  if (n === 0) return { changepoints: [], segments: [], sigma: 0, penalty };
  const centre = mean(values);
  const sigma = options.sigma ?? differenceSigma(values);
  const segmentsOf = (changepoints: number[]): PeltSegment[] => {
    const edges = [0, ...changepoints, n];
    return edges.slice(1).map((end, i) => {
      const start = edges[i] as number;
      return { start, end, mean: mean(values.slice(start, end)) };
    });
  };
  if (!(sigma > 0)) {
    // Differences are mostly zero: a noiseless series. Any change in mean is then certain.
    const changepoints = values.flatMap((v, i) => (i > 0 && v !== values[i - 1] ? [i] : []));
    return { changepoints, segments: segmentsOf(changepoints), sigma: 0, penalty };
  }
  const s1 = [0];
  const s2 = [0];
  for (const v of values) {
    const c = (v - centre) / sigma;
    s1.push((s1.at(-1) as number) + c);
    s2.push((s2.at(-1) as number) + c * c);
  }
  const cost = (a: number, b: number): number => {
    const sum = (s1[b] as number) - (s1[a] as number);
    return (s2[b] as number) - (s2[a] as number) - (sum * sum) / (b - a);
  };
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const last = new Array<number>(n + 1).fill(0);
  best[0] = -penalty;
  let candidates = [0];
  for (let t = minSeg; t <= n; t++) {
    if (t >= 2 * minSeg) candidates.push(t - minSeg);
    const scored = candidates.map((s) => ({ s, f: (best[s] as number) + cost(s, t) + penalty }));
    for (const { s, f } of scored) {
      // Costs from prefix sums carry rounding noise: a tie keeps the earliest changepoint, so the
      // answer does not depend on it.
      if (f < (best[t] as number) - TIE) {
        best[t] = f;
        last[t] = s;
      }
    }
    // Pruning: a candidate that cannot beat t now can never be optimal later (K = 0).
    candidates = scored
      .filter(({ f }) => f - penalty <= (best[t] as number) + TIE)
      .map(({ s }) => s);
  }
  const changepoints: number[] = [];
  for (let t = last[n] as number; t > 0; t = last[t] as number) changepoints.unshift(t);
  return { changepoints, segments: segmentsOf(changepoints), sigma, penalty };
}
