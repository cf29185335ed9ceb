import type { Figure } from '../types';
import { WARNING_CODES as W } from './error-codes';
import { describeFigure, figureKey } from './figure-key';
import type { LocatedFigure, ValidationIssue } from './types';

/** Ratio beyond which a change from the previous period is flagged, either way. */
export const SUDDEN_CHANGE_FACTOR = 10;

/**
 * SUDDEN_CHANGE (warning): a value more than 10 times, or less than a tenth of, the same series
 * (same metric and dimension values) in the previous period. Series that were 0 or absent then
 * are not compared.
 */
export function checkSuddenChanges(
  figures: readonly LocatedFigure[],
  previous: readonly Figure[],
): ValidationIssue[] {
  const before = new Map<string, number>();
  for (const figure of previous) {
    if (Number.isSafeInteger(figure.value)) {
      before.set(figureKey(figure.metric, figure.dimensions), figure.value);
    }
  }
  const factor = BigInt(SUDDEN_CHANGE_FACTOR);
  const warnings: ValidationIssue[] = [];
  for (const { figure, row } of figures) {
    const last = before.get(figureKey(figure.metric, figure.dimensions));
    if (last === undefined || last <= 0) continue;
    const now = BigInt(figure.value);
    const then = BigInt(last);
    if (now <= then * factor && now * factor >= then) continue;
    warnings.push({
      row,
      column: 'value',
      code: W.SUDDEN_CHANGE,
      metric: figure.metric,
      message: `${describeFigure(figure.metric, figure.dimensions)} is ${figure.value}, against ${last} in the previous period (${now > then ? 'more than ten times as much' : 'less than a tenth'}): check the figure, and confirm it if it is right.`,
    });
  }
  return warnings;
}
