import { hasEnded, parsePeriod, periodsOverlap } from '../periods';
import { VALIDATION_CODES as C } from './error-codes';
import { rowOf } from './figure-checks';
import { list, quote } from './format';
import type { RawFigure, ValidationContext, ValidationIssue } from './types';

const lastDay = (exclusiveEnd: string): string => {
  const [year, month] = exclusiveEnd.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
};

/**
 * Checks the period of a document: that it parses, that it has ended at `now`, and that no metric
 * of the document is already submitted for an overlapping period of another grain.
 * Issues about the whole document carry the first CSV row of the document when the figures have rows.
 */
export function checkPeriod(
  text: string,
  figures: readonly RawFigure[],
  ctx: ValidationContext,
): ValidationIssue[] {
  const rows = figures.map((f) => f?.row).filter((row): row is number => typeof row === 'number');
  const csvRow = rows.length > 0 ? { row: rows.reduce((a, b) => Math.min(a, b)) } : {};
  const period = parsePeriod(text);
  if (!period) {
    return [
      {
        ...csvRow,
        column: 'period',
        code: C.INVALID_PERIOD,
        message: `${text === '' ? 'The period is empty' : `${quote(text)} is not a period`}: use YYYY-MM for a month, YYYY-Qn for a quarter, YYYY-Hn for a half-year or YYYY for a year (e.g. "2026-03", "2026-Q1").`,
      },
    ];
  }

  const issues: ValidationIssue[] = [];
  if (!hasEnded(period, ctx.now)) {
    issues.push({
      ...csvRow,
      column: 'period',
      code: C.PERIOD_NOT_ALLOWED,
      message: `${period.code} has not ended yet: send its figures after ${lastDay(period.end)} (UTC), when the period is complete.`,
    });
  }

  const firstRowOfMetric = new Map<string, number>();
  figures.forEach((figure, index) => {
    const metric = figure?.metric;
    if (typeof metric === 'string' && !firstRowOfMetric.has(metric)) {
      firstRowOfMetric.set(metric, rowOf(figure, index));
    }
  });
  const overlapping = new Map<string, string[]>();
  for (const other of ctx.otherPeriods ?? []) {
    const otherPeriod = parsePeriod(other.period);
    if (!otherPeriod || otherPeriod.code === period.code) continue;
    if (!periodsOverlap(period, otherPeriod)) continue;
    for (const metric of new Set(other.metrics)) {
      if (!firstRowOfMetric.has(metric)) continue;
      overlapping.set(metric, [...(overlapping.get(metric) ?? []), otherPeriod.code]);
    }
  }
  for (const [metric, periods] of overlapping) {
    issues.push({
      row: firstRowOfMetric.get(metric) as number,
      column: 'period',
      code: C.PERIOD_NOT_ALLOWED,
      metric,
      message: `${metric} is already submitted for ${list(periods)}, which overlaps ${period.code}: send each metric at one grain for the same months (withdraw the other submission or leave the metric out here), so that no month is counted twice.`,
    });
  }
  return issues;
}
