import type { Random } from './random';

/** How one organization's activity moves from month to month. */
export interface SeriesShape {
  /** Growth per year, e.g. 0.08 for 8 %. */
  growthPerYear: number;
  /** Half the peak-to-trough swing of the month-of-year effect. */
  seasonAmplitude: number;
  /** Month of year (1–12) with the most activity. */
  seasonPeak: number;
  /** Log-scale sigma of month-to-month noise. */
  noiseSigma: number;
}

/** A shape for an organization of the given monthly size: small ones are noisier. */
export function randomShape(
  random: Random,
  monthlySize: number,
  growth: [number, number],
): SeriesShape {
  return {
    growthPerYear: random.uniform(growth[0], growth[1]),
    seasonAmplitude: random.uniform(0.06, 0.14),
    // Activity peaks around the northern summer holidays, when children are online the most.
    seasonPeak: 7 + random.uniform(-1, 1.5),
    noiseSigma: 0.04 + 0.9 / Math.sqrt(Math.max(monthlySize, 1)),
  };
}

/**
 * The level of a month relative to the first month of the span: gentle growth, times the
 * month-of-year effect (with a small second harmonic), times noise.
 */
export function monthlyLevel(
  random: Random,
  shape: SeriesShape,
  years: number,
  monthOfYear: number,
): number {
  const angle = (2 * Math.PI * (monthOfYear - shape.seasonPeak)) / 12;
  const season = 1 + shape.seasonAmplitude * (Math.cos(angle) + 0.3 * Math.cos(2 * angle));
  return (1 + shape.growthPerYear) ** years * season * random.factor(shape.noiseSigma);
}

/**
 * How strongly the viral wave acts in a month, by its distance in months from the spike month:
 * it starts late in the month before, peaks, and fades over the month after.
 */
export function spikeWeight(monthsFromSpike: number): number {
  if (monthsFromSpike === 0) return 1;
  if (monthsFromSpike === -1) return 0.12;
  if (monthsFromSpike === 1) return 0.25;
  return 0;
}

/**
 * Sizes of `count` organizations, largest first: a Zipf-like ladder (a few large, many small),
 * each rung with some noise, so no two networks look alike.
 */
export function sizeLadder(
  random: Random,
  count: number,
  largest: number,
  exponent: number,
): number[] {
  return Array.from(
    { length: count },
    (_, i) => (largest / (i + 1) ** exponent) * random.factor(0.2),
  ).sort((a, b) => b - a);
}

/** A value that drifts by `perYear` (relative, compounded) over `years`. */
export function drift(value: number, perYear: number, years: number): number {
  return value * Math.exp(perYear * years);
}
