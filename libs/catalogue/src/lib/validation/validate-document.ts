import { checkBreakdowns } from './breakdowns';
import { checkConsistency } from './consistency';
import { VALIDATION_CODES as C } from './error-codes';
import { checkFigures } from './figure-checks';
import { quote } from './format';
import { checkHistograms } from './histograms';
import { checkPeriod } from './period-checks';
import { checkSuddenChanges } from './sudden-change';
import type {
  RawDocument,
  RawFigure,
  ValidationContext,
  ValidationIssue,
  ValidationResult,
} from './types';

const byRow = (a: ValidationIssue, b: ValidationIssue): number => (a.row ?? 0) - (b.row ?? 0);

/**
 * Validates a submission document for one period. Never throws for bad input: every problem is
 * an issue with a stable code, the row and column it concerns and a sentence to act on. Rules
 * across figures (breakdowns, histograms, consistency) only look at metrics whose figures are
 * each valid, so that one typing error does not cascade into sums that cannot match.
 */
export function validateDocument(doc: RawDocument, ctx: ValidationContext): ValidationResult {
  const period: string = typeof doc?.period === 'string' ? doc.period : '';
  const figures: readonly RawFigure[] = Array.isArray(doc?.figures) ? doc.figures : [];

  const errors: ValidationIssue[] = [...checkPeriod(period, figures, ctx)];
  if (figures.length === 0) {
    errors.push({
      code: C.EMPTY_SUBMISSION,
      message: `The submission for ${period ? quote(period) : 'this period'} has no figures: send at least one figure (leave out only what was not measured).`,
    });
  }

  const checked = checkFigures(figures, ctx.organizationKind);
  const clean = checked.located.filter((f) => !checked.tainted.has(f.figure.metric));
  errors.push(
    ...checked.errors,
    ...checkBreakdowns(clean),
    ...checkHistograms(clean),
    ...checkConsistency(clean),
  );
  const warnings = checkSuddenChanges(checked.located, ctx.previous ?? []);

  const stamp = (issue: ValidationIssue): ValidationIssue => ({ ...issue, period });
  return {
    ok: errors.length === 0,
    errors: errors.sort(byRow).map(stamp),
    warnings: warnings.sort(byRow).map(stamp),
    figures: checked.located.map((f) => f.figure),
  };
}
