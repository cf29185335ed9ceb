import type { LevelShiftReport } from '../spikes/level-shift';
import type { SpikeReport } from '../spikes/detect-spikes';
import { explainLevelShift } from './explain-level-shift';
import { type ObservedExpected, explainSpike } from './explain-spike';
import type { Measure } from './format';
import type { Annotation, Explanation } from './types';

/** Disclosure-safe figures by period that explanations may quote. */
export interface ExplanationContext {
  measure: Measure;
  /** content.files.reported and content.files.known, observed and expected, by period. */
  content?: Readonly<Record<string, { files: ObservedExpected; known: ObservedExpected }>>;
  /** Top-10 share now and usually, by period. */
  top10?: Readonly<Record<string, { share: number; usualShare: number }>>;
  annotations?: readonly Annotation[];
}

/** An explanation for every flag of a series: its spikes, then its level shifts. */
export function explainFlags(
  spikes: SpikeReport,
  shifts: LevelShiftReport,
  context: ExplanationContext,
): Explanation[] {
  const spikeTexts = spikes.spikes.map((spike) => {
    const at = spikes.points.findIndex((p) => p.period === spike.period);
    const following = spikes.points[at + 1];
    const content = context.content?.[spike.period];
    const top10 = context.top10?.[spike.period];
    return explainSpike({
      period: spike.period,
      observed: spike.observed,
      expected: spike.expected,
      upper: spike.upper,
      measure: context.measure,
      ...(content ? { content } : {}),
      ...(top10 ? { top10 } : {}),
      ...(following?.status === 'tested'
        ? {
            next: {
              period: following.period,
              observed: following.observed,
              upper: following.upper,
            },
          }
        : {}),
      ...(context.annotations ? { annotations: context.annotations } : {}),
    });
  });
  const shiftTexts = shifts.shifts.map((shift) =>
    explainLevelShift({
      period: shift.period,
      direction: shift.direction,
      before: shift.before,
      after: shift.after,
      measure: context.measure,
      ...(context.annotations ? { annotations: context.annotations } : {}),
    }),
  );
  return [...spikeTexts, ...shiftTexts];
}
