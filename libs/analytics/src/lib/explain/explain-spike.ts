import {
  type Measure,
  formatApprox,
  formatCount,
  formatPercent,
  measureNoun,
  periodLabel,
} from './format';
import type { Annotation, SpikeExplanation } from './types';

export interface ObservedExpected {
  observed: number;
  expected: number;
}

export interface SpikeExplanationInput {
  period: string;
  observed: number;
  expected: number;
  /** Upper end of the normal range (the prediction bound). */
  upper: number;
  measure: Measure;
  /** content.files.reported and content.files.known in the period, observed and expected. */
  content?: { files: ObservedExpected; known: ObservedExpected };
  /** Share of files showing the ten most repeated items, now and usually (0–1). */
  top10?: { share: number; usualShare: number };
  /** The following period, to say whether the series came back. */
  next?: { period: string; observed: number; upper: number };
  annotations?: readonly Annotation[];
}

/** The part of the rise in files that is known content: Δknown / Δfiles (undefined if no rise). */
export function knownShareOfIncrease(content: {
  files: ObservedExpected;
  known: ObservedExpected;
}): number | undefined {
  const rise = content.files.observed - content.files.expected;
  if (!(rise > 0)) return undefined;
  return (content.known.observed - content.known.expected) / rise;
}

export function coinciding(
  annotations: readonly Annotation[] | undefined,
  period: string,
): Annotation[] {
  return (annotations ?? []).filter((a) => a.period === period);
}

/** Notes for annotations of the flagged period; a new contributor is named a break in series. */
export function annotationSentences(
  notes: readonly Annotation[],
  label: string,
  finding: 'a spike' | 'a change of level',
): string[] {
  return notes.map((a) =>
    a.kind === 'new_contributor'
      ? `Recorded in ${label}: ${a.label}. A new contributor is a break in the series, not ${finding}.`
      : `Recorded reporting change in ${label}: ${a.label}.`,
  );
}

function knownPhrase(share: number): string {
  if (share >= 1) return 'all of the increase is re-shared known content';
  if (share <= 0) return 'none of the increase is re-shared known content';
  return `${formatPercent(100 * share)} of the increase is re-shared known content`;
}

/**
 * One flagged period in plain words, from the (disclosure-safe) numbers given and nothing else:
 * "March 2026: 1,240 confirmed reports, about 46 % above the expected ~850 (normal range up to
 * 1,010). What drove it: … April returned to the expected level."
 */
export function explainSpike(input: SpikeExplanationInput): SpikeExplanation {
  const label = periodLabel(input.period);
  const increasePct =
    input.expected > 0 ? (100 * (input.observed - input.expected)) / input.expected : null;
  const annotations = coinciding(input.annotations, input.period);
  const breakInSeries = annotations.some((a) => a.kind === 'new_contributor');
  const observed = `${formatCount(input.observed)} ${measureNoun(input.measure, input.observed)}`;
  const range = `normal range up to ${formatApprox(input.upper)}`;
  const sentences = [
    increasePct === null
      ? `${label}: ${observed}, where almost none were expected (${range}).`
      : `${label}: ${observed}, about ${formatPercent(increasePct)} above the expected ~${formatApprox(input.expected)} (${range}).`,
  ];
  const known = input.content ? knownShareOfIncrease(input.content) : undefined;
  const drivers: string[] = [];
  if (known !== undefined) drivers.push(knownPhrase(known));
  if (input.top10) {
    drivers.push(
      `the ten most repeated items made up ${formatPercent(100 * input.top10.share)} of files against ${formatPercent(100 * input.top10.usualShare)} usually`,
    );
  }
  if (drivers.length > 0) sentences.push(`What drove it: ${drivers.join('; ')}.`);
  let next: SpikeExplanation['next'];
  if (input.next) {
    const nextLabel = periodLabel(input.next.period, input.period);
    const status = input.next.observed <= input.next.upper ? 'returned' : 'still_above';
    next = { period: input.next.period, periodLabel: periodLabel(input.next.period), status };
    sentences.push(
      status === 'returned'
        ? `${nextLabel} returned to the expected level.`
        : `${nextLabel} stayed above the normal range.`,
    );
  }
  sentences.push(...annotationSentences(annotations, label, 'a spike'));
  return {
    kind: 'spike',
    period: input.period,
    periodLabel: label,
    observed: input.observed,
    expected: input.expected,
    upper: input.upper,
    increasePct,
    ...(known === undefined ? {} : { knownShareOfIncrease: known }),
    ...(input.top10
      ? { top10Share: input.top10.share, usualTop10Share: input.top10.usualShare }
      : {}),
    ...(next ? { next } : {}),
    annotations,
    breakInSeries,
    text: sentences.join(' '),
  };
}
