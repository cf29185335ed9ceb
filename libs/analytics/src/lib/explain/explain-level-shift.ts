import { annotationSentences, coinciding } from './explain-spike';
import { type Measure, formatApprox, formatPercent, perPeriod, periodLabel } from './format';
import type { Annotation, LevelShiftExplanation } from './types';

export interface LevelShiftExplanationInput {
  /** First period at the new level. */
  period: string;
  direction: 'up' | 'down';
  /** Typical count per period before and after the change. */
  before: number;
  after: number;
  measure: Measure;
  annotations?: readonly Annotation[];
}

/**
 * "From July 2025, confirmed reports rose to a new level: about 1,200 a month against ~850
 * before (+41 %)."
 */
export function explainLevelShift(input: LevelShiftExplanationInput): LevelShiftExplanation {
  const label = periodLabel(input.period);
  const changePct = input.before > 0 ? (100 * (input.after - input.before)) / input.before : null;
  const annotations = coinciding(input.annotations, input.period);
  // The shift is found against the forecast (trend included), the level from plain means: when
  // they disagree, the series kept its course at a different pace, and the text says so.
  const againstTrend =
    (input.direction === 'down' && input.after > input.before) ||
    (input.direction === 'up' && input.after < input.before);
  const verb = againstTrend
    ? input.direction === 'down'
      ? 'kept rising, but below their earlier trend,'
      : 'kept falling, but above their earlier trend,'
    : input.direction === 'up'
      ? 'rose to a new level:'
      : 'fell to a new level:';
  const change =
    changePct === null
      ? ''
      : ` (${changePct >= 0 ? '+' : '−'}${formatPercent(Math.abs(changePct))})`;
  const sentences = [
    `From ${label}, ${input.measure.other} ${verb} about ${formatApprox(input.after)} ${perPeriod(input.period)} against ~${formatApprox(input.before)} before${change}.`,
    ...annotationSentences(annotations, label, 'a change of level'),
  ];
  return {
    kind: 'level_shift',
    period: input.period,
    periodLabel: label,
    direction: input.direction,
    before: input.before,
    after: input.after,
    changePct,
    annotations,
    breakInSeries: annotations.some((a) => a.kind === 'new_contributor'),
    text: sentences.join(' '),
  };
}
