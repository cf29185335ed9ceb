import { mean } from '../math/descriptive';
import { fitBaseline } from './baseline';
import { CUSUM_DEFAULTS, type CusumSignal, tabularCusum } from './cusum';
import { pelt } from './pelt';
import { type IndexedPoint, type SeriesPoint, indexSeries } from './series';

export interface LevelShiftOptions {
  /** CUSUM allowance and decision interval, in standard deviations (0.5 and 5). */
  k?: number;
  h?: number;
  /**
   * Points of history before the first forecast, at the start of each segment and after each
   * shift (12): a change can only be judged against a year of monthly data.
   */
  referenceLength?: number;
  /** PELT penalty as a multiple of log n (2). */
  penaltyLogNMultiple?: number;
  /** Periods where a new series segment starts: a break is not a level shift. */
  breaks?: readonly string[];
}

export interface LevelShift {
  /** First period at the new level. */
  period: string;
  index: number;
  direction: 'up' | 'down';
  /** Mean count of the stretch before and after the change (between neighbouring changes). */
  before: number;
  after: number;
  changePct: number | null;
  /** Period at which the CUSUM crossed its decision interval. */
  signalPeriod: string;
  /** `pelt` when PELT placed the change; `cusum` when only the CUSUM run start dates it. */
  datedBy: 'pelt' | 'cusum';
}

export interface LevelShiftReport {
  shifts: LevelShift[];
  /**
   * Standardized one-step-ahead forecast error of every point (null for a segment's first
   * reference history; after a shift, the new reference keeps the errors that flagged it).
   */
  standardized: (number | null)[];
  note?: { code: 'too_short'; message: string };
}

export const LEVEL_SHIFT_DEFAULTS = { referenceLength: 12, penaltyLogNMultiple: 2 };

/**
 * Standardized one-step-ahead forecast errors (y − μ̂)/√V for points from + ref … to − 1, each
 * against the down-weighted quasi-Poisson baseline of the points since `from` (V includes the
 * fit's uncertainty). Unlike residuals from one fit, these are close to independent, which the
 * CUSUM assumes, and a trend is absorbed instead of being mistaken for a shift.
 */
function forecastErrors(points: readonly IndexedPoint[], from: number, ref: number): number[] {
  const z: number[] = [];
  for (let t = from + ref; t < points.length; t++) {
    const baseline = fitBaseline(points.slice(from, t), points[t] as IndexedPoint);
    z.push(
      ((points[t] as IndexedPoint).value - baseline.expected) /
        Math.sqrt(Math.max(baseline.variance, 1)),
    );
  }
  return z;
}

/**
 * Of the changepoints at or before the CUSUM signal, the one nearest the start of the CUSUM
 * run (the earlier on a tie); undefined when there is none.
 */
export function nearestChangepoint(
  changepoints: readonly number[],
  runStart: number,
  signal: number,
): number | undefined {
  let best: number | undefined;
  for (const c of changepoints) {
    if (c > signal) continue;
    if (best === undefined || Math.abs(c - runStart) < Math.abs(best - runStart)) best = c;
  }
  return best;
}

interface DatedShift {
  index: number;
  signal: CusumSignal;
  datedBy: 'pelt' | 'cusum';
}

/** The first shift after `from`, if any: CUSUM on forecast errors, dated by PELT. */
function nextShift(
  points: readonly IndexedPoint[],
  from: number,
  options: LevelShiftOptions,
  standardized: (number | null)[],
): DatedShift | null {
  const ref = options.referenceLength ?? LEVEL_SHIFT_DEFAULTS.referenceLength;
  if (points.length - from <= ref) return null;
  const offset = from + ref;
  const z = forecastErrors(points, from, ref);
  z.forEach((v, i) => {
    standardized[(points[offset + i] as IndexedPoint).t] = v;
  });
  const cusum = tabularCusum(z, {
    target: 0,
    sigma: 1,
    k: options.k ?? CUSUM_DEFAULTS.k,
    h: options.h ?? CUSUM_DEFAULTS.h,
  });
  const first = cusum.signals[0];
  if (!first) return null;
  const signal = { ...first, index: offset + first.index, changeStart: offset + first.changeStart };
  // PELT on the counts since `from` places the change; of its changepoints up to the signal,
  // the one nearest the start of the CUSUM run is taken (a trend can add other cuts).
  const { changepoints } = pelt(
    points.slice(from).map((p) => p.value),
    {
      penalty: {
        logNMultiple: options.penaltyLogNMultiple ?? LEVEL_SHIFT_DEFAULTS.penaltyLogNMultiple,
      },
    },
  );
  const nearest = nearestChangepoint(
    changepoints.map((c) => from + c),
    signal.changeStart,
    signal.index,
  );
  return nearest === undefined
    ? { index: signal.changeStart, signal, datedBy: 'cusum' }
    : { index: nearest, signal, datedBy: 'pelt' };
}

function segmentShifts(
  segment: readonly IndexedPoint[],
  options: LevelShiftOptions,
  standardized: (number | null)[],
): LevelShift[] {
  const found: DatedShift[] = [];
  for (let from = 0; ;) {
    const shift = nextShift(segment, from, options, standardized);
    if (!shift) break;
    found.push(shift);
    from = shift.index;
  }
  const edges = [0, ...found.map((f) => f.index), segment.length];
  const values = segment.map((p) => p.value);
  return found.map(({ index, signal, datedBy }, i) => {
    const before = mean(values.slice(edges[i], index));
    const after = mean(values.slice(index, edges[i + 2]));
    return {
      period: (segment[index] as IndexedPoint).period,
      index: (segment[index] as IndexedPoint).t,
      direction: signal.direction,
      before,
      after,
      changePct: before > 0 ? (100 * (after - before)) / before : null,
      signalPeriod: (segment[signal.index] as IndexedPoint).period,
      datedBy,
    };
  });
}

/**
 * Level shifts: a two-sided tabular CUSUM (k = 0.5, h = 5) on standardized one-step-ahead
 * forecast errors flags a sustained change; PELT (normal mean cost, penalty 2·log n) on the
 * counts dates it. After a shift the analysis restarts from it, with a new reference. Each
 * segment between breaks in series is analysed on its own.
 */
export function detectLevelShifts(
  series: readonly SeriesPoint[],
  options: LevelShiftOptions = {},
): LevelShiftReport {
  const ref = options.referenceLength ?? LEVEL_SHIFT_DEFAULTS.referenceLength;
  const { points } = indexSeries(series, options.breaks);
  const standardized: (number | null)[] = points.map(() => null);
  if (points.length <= ref) {
    return {
      shifts: [],
      standardized,
      note: {
        code: 'too_short',
        message: `The series has ${points.length} ${points.length === 1 ? 'point' : 'points'}; a change of level can be judged only after the first ${ref}.`,
      },
    };
  }
  const shifts: LevelShift[] = [];
  const segmentCount = (points.at(-1) as IndexedPoint).segment + 1;
  for (let s = 0; s < segmentCount; s++) {
    const segment = points.filter((p) => p.segment === s);
    shifts.push(...segmentShifts(segment, options, standardized));
  }
  return { shifts, standardized };
}
