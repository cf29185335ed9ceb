import { fitBaseline } from './baseline';
import { upperPredictionBound, upperTailProbability } from './prediction';
import { type IndexedPoint, type SeriesPoint, indexSeries } from './series';

export interface SpikeOptions {
  /** Coverage of the upper prediction bound (0.99). */
  level?: number;
  /** A spike is at least this fraction above expected (0.2). */
  minRelativeIncrease?: number;
  /** … and at least this many counts above expected (10). */
  minAbsoluteIncrease?: number;
  /** Fewer points (in the series or its segment) than this: nothing is tested (12). */
  minPoints?: number;
  /**
   * `leave-one-out` (default): each point against a fit on every other point of its segment,
   * for a release that describes the past. `past`: only earlier points, for a newest period.
   */
  baseline?: 'leave-one-out' | 'past';
  /** Periods where a new series segment starts (a new contributor, a new definition). */
  breaks?: readonly string[];
  /** `auto`: month-of-year effects when the monthly baseline spans 36 periods or more. */
  seasonal?: 'auto' | 'never';
  reweightThreshold?: number;
}

export type NotTestedReason = 'too_short' | 'short_segment' | 'not_enough_history';

export interface SpikeCheck {
  period: string;
  observed: number;
  expected: number;
  /** The upper prediction bound: counts up to this are in the normal range. */
  upper: number;
  /** P(count ≥ observed) under the predictive distribution. */
  pValue: number;
  dispersion: number;
  seasonal: boolean;
  increase: number;
  /** 100·(observed − expected)/expected; null when nothing was expected. */
  increasePct: number | null;
  spike: boolean;
}

export type SpikePoint =
  | ({ status: 'tested' } & SpikeCheck)
  | { status: 'not_tested'; period: string; observed: number; reason: NotTestedReason };

export interface SpikeReport {
  points: SpikePoint[];
  spikes: SpikeCheck[];
  /** Why nothing was tested, in words, when the series is too short. */
  note?: { code: 'too_short'; message: string };
}

export const SPIKE_DEFAULTS = {
  level: 0.99,
  minRelativeIncrease: 0.2,
  minAbsoluteIncrease: 10,
  minPoints: 12,
  seasonalPeriods: 36,
} as const;

/**
 * The spike rule: above the upper prediction bound, and at least 20 % and 10 counts above
 * expected (both thresholds configurable).
 */
export function isSpike(
  figures: { observed: number; expected: number; upper: number },
  options: Pick<SpikeOptions, 'minRelativeIncrease' | 'minAbsoluteIncrease'> = {},
): boolean {
  const increase = figures.observed - figures.expected;
  return (
    figures.observed > figures.upper &&
    increase >=
      (options.minRelativeIncrease ?? SPIKE_DEFAULTS.minRelativeIncrease) * figures.expected &&
    increase >= (options.minAbsoluteIncrease ?? SPIKE_DEFAULTS.minAbsoluteIncrease)
  );
}

function check(
  point: IndexedPoint,
  history: readonly IndexedPoint[],
  seasonal: boolean,
  options: SpikeOptions,
): SpikeCheck {
  const level = options.level ?? SPIKE_DEFAULTS.level;
  const baseline = fitBaseline(history, point, {
    seasonal,
    level,
    ...(options.reweightThreshold === undefined
      ? {}
      : { reweightThreshold: options.reweightThreshold }),
  });
  const upper = upperPredictionBound(baseline.distribution, level);
  const increase = point.value - baseline.expected;
  const spike =
    point.value > upper &&
    increase >=
      (options.minRelativeIncrease ?? SPIKE_DEFAULTS.minRelativeIncrease) * baseline.expected &&
    increase >= (options.minAbsoluteIncrease ?? SPIKE_DEFAULTS.minAbsoluteIncrease);
  return {
    period: point.period,
    observed: point.value,
    expected: baseline.expected,
    upper,
    pValue: upperTailProbability(baseline.distribution, point.value),
    dispersion: baseline.dispersion,
    seasonal: baseline.seasonal,
    increase,
    increasePct: baseline.expected > 0 ? (100 * increase) / baseline.expected : null,
    spike,
  };
}

/**
 * Tests every point of a count series for a spike: above the 99 % upper prediction bound of a
 * down-weighted quasi-Poisson baseline, and at least 20 % and 10 counts above expected.
 */
export function detectSpikes(
  series: readonly SeriesPoint[],
  options: SpikeOptions = {},
): SpikeReport {
  const minPoints = options.minPoints ?? SPIKE_DEFAULTS.minPoints;
  const mode = options.baseline ?? 'leave-one-out';
  const { grain, points } = indexSeries(series, options.breaks);
  if (points.length < minPoints) {
    return {
      points: points.map((p) => ({
        status: 'not_tested',
        period: p.period,
        observed: p.value,
        reason: 'too_short',
      })),
      spikes: [],
      note: {
        code: 'too_short',
        message: `The series has ${points.length} ${points.length === 1 ? 'point' : 'points'}; at least ${minPoints} are needed before a period can be called unusual.`,
      },
    };
  }
  const results = points.map((point): SpikePoint => {
    const segment = points.filter((p) => p.segment === point.segment);
    const history =
      mode === 'past'
        ? segment.filter((p) => p.t < point.t)
        : segment.filter((p) => p.t !== point.t);
    const span = mode === 'past' ? history.length : segment.length;
    if (segment.length < minPoints || history.length < minPoints - 1) {
      return {
        status: 'not_tested',
        period: point.period,
        observed: point.value,
        reason: segment.length < minPoints ? 'short_segment' : 'not_enough_history',
      };
    }
    const seasonal =
      (options.seasonal ?? 'auto') === 'auto' &&
      grain === 'month' &&
      span >= SPIKE_DEFAULTS.seasonalPeriods;
    return { status: 'tested', ...check(point, history, seasonal, options) };
  });
  return {
    points: results,
    spikes: results.filter(
      (r): r is { status: 'tested' } & SpikeCheck => r.status === 'tested' && r.spike,
    ),
  };
}
