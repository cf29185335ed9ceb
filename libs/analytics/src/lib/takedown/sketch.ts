import { DDSketch } from '@datadog/sketches-js';

/**
 * Exact takedown times from submitters that have them, in a DDSketch (Masson, Rim & Lee 2019):
 * quantiles with a relative-error guarantee, mergeable. Negative values are rejected before
 * they reach the sketch, because `@datadog/sketches-js` 2.1.1 drops the negative store when
 * merging.
 */
export const SKETCH_RELATIVE_ACCURACY = 0.01;

export function createTakedownSketch(relativeAccuracy = SKETCH_RELATIVE_ACCURACY): DDSketch {
  return new DDSketch({ relativeAccuracy });
}

/** Adds a removal time in hours (finite, ≥ 0) with a positive weight. */
export function addTakedownTime(sketch: DDSketch, hours: number, weight = 1): void {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`a removal time must be finite and ≥ 0 hours, got ${hours}`);
  }
  if (!Number.isFinite(weight) || weight <= 0) {
    throw new RangeError(`a weight must be finite and > 0, got ${weight}`);
  }
  sketch.accept(hours, weight);
}

/** A new sketch holding all of `sketches`; refuses mixed accuracies and negative values. */
export function mergeTakedownSketches(sketches: readonly DDSketch[]): DDSketch {
  const first = sketches[0];
  const merged = createTakedownSketch(first?.mapping.relativeAccuracy);
  for (const sketch of sketches) {
    if (sketch.negativeStore.count > 0 || sketch.min < 0) {
      throw new RangeError(
        'a takedown sketch holds negative values; they would be lost in a merge',
      );
    }
    if (!merged.mergeable(sketch)) {
      throw new RangeError('takedown sketches with different relative accuracies cannot be merged');
    }
    merged.merge(sketch);
  }
  return merged;
}

export interface SketchSummary {
  count: number;
  sum: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export function summarizeSketch(sketch: DDSketch): SketchSummary {
  if (sketch.count === 0) return { count: 0, sum: 0, mean: null, median: null, p90: null };
  return {
    count: sketch.count,
    sum: sketch.sum,
    mean: sketch.sum / sketch.count,
    median: sketch.getValueAtQuantile(0.5),
    p90: sketch.getValueAtQuantile(0.9),
  };
}
