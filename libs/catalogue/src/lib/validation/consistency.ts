import { VALIDATION_CODES as C } from './error-codes';
import { describeFigure, figureKey } from './figure-key';
import { isCompleteHistogram } from './histograms';
import type { LocatedFigure, ValidationIssue } from './types';

const RECEIVED = 'hotline.reports.received';
const REPORTED = 'content.files.reported';
const DISTINCT = 'content.items.distinct';
const BY_REPEAT = 'content.items.by_repeat';

/** [part, why]: the part never exceeds hotline.reports.received (totals, when all three are given). */
const HOTLINE_REPORTS: readonly [string, string][] = [
  [
    'hotline.reports.assessed',
    'reports assessed cannot exceed reports received in the same period',
  ],
  [
    'hotline.reports.csam',
    'reports found to contain CSAM cannot exceed reports received in the same period',
  ],
];

/** Parts of content.files.reported, compared on totals and per content_type. */
const FILE_PARTS: readonly [string, string][] = [
  ['content.files.known', 'files of known content are a part of the files reported or actioned'],
  [
    'content.files.top10',
    'files of the ten most repeated items are a part of the files reported or actioned',
  ],
  [DISTINCT, 'distinct items cannot outnumber the files that show them'],
];

const inconsistent = (part: LocatedFigure, message: string): ValidationIssue => ({
  row: part.row,
  column: 'value',
  code: C.INCONSISTENT_FIGURES,
  metric: part.figure.metric,
  message,
});

const exceeds = (part: LocatedFigure, whole: LocatedFigure, why: string): ValidationIssue =>
  inconsistent(
    part,
    `${describeFigure(part.figure.metric, part.figure.dimensions)} is ${part.figure.value}, more than ${describeFigure(whole.figure.metric, whole.figure.dimensions)}, which is ${whole.figure.value}: ${why}.`,
  );

/**
 * INCONSISTENT_FIGURES: the hard rules between metrics of one period (metrics.md). Only figures
 * actually given are compared; an omitted figure is "not measured", never 0.
 */
export function checkConsistency(figures: readonly LocatedFigure[]): ValidationIssue[] {
  const byKey = new Map(figures.map((f) => [figureKey(f.figure.metric, f.figure.dimensions), f]));
  const total = (metric: string) => byKey.get(figureKey(metric, {}));
  const issues: ValidationIssue[] = [];

  const received = total(RECEIVED);
  const reportParts = HOTLINE_REPORTS.map(([metric, why]) => [total(metric), why] as const);
  if (received && reportParts.every(([part]) => part)) {
    for (const [part, why] of reportParts) {
      if (part && part.figure.value > received.figure.value)
        issues.push(exceeds(part, received, why));
    }
  }

  for (const [metric, why] of FILE_PARTS) {
    for (const part of figures) {
      if (part.figure.metric !== metric) continue;
      const dims = Object.keys(part.figure.dimensions);
      if (dims.length > 1 || (dims.length === 1 && dims[0] !== 'content_type')) continue;
      const whole = byKey.get(figureKey(REPORTED, part.figure.dimensions));
      if (whole && part.figure.value > whole.figure.value) issues.push(exceeds(part, whole, why));
    }
  }

  const distinct = total(DISTINCT);
  if (distinct && isCompleteHistogram(figures, BY_REPEAT, 'repeat')) {
    const sum = figures
      .filter((f) => f.figure.metric === BY_REPEAT)
      .reduce((acc, f) => acc + BigInt(f.figure.value), 0n);
    if (sum !== BigInt(distinct.figure.value)) {
      issues.push(
        inconsistent(
          distinct,
          `${DISTINCT} is ${distinct.figure.value}, but ${BY_REPEAT} adds up to ${sum}: the repeat histogram counts every distinct item once, so the two must be equal.`,
        ),
      );
    }
  }

  const newContent = total('hotline.urls.new_content');
  const csamUrls = total('hotline.urls.csam');
  if (newContent && csamUrls && newContent.figure.value > csamUrls.figure.value) {
    issues.push(exceeds(newContent, csamUrls, 'URLs with new content are a part of the CSAM URLs'));
  }
  return issues;
}
