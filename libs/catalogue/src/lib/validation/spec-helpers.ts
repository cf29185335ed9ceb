// Small factories shared by the validation specs (not exported from the library).
import type {
  RawDocument,
  RawFigure,
  ValidationContext,
  ValidationIssue,
  ValidationResult,
} from './types';
import { validateDocument } from './validate-document';

/** A `now` at which 2026-03 and 2026-Q1 have ended but 2026-Q2 has not. */
export const NOW = new Date('2026-05-15T12:00:00Z');

export const hotline = (overrides: Partial<ValidationContext> = {}): ValidationContext => ({
  organizationKind: 'hotline',
  now: NOW,
  ...overrides,
});

export const company = (overrides: Partial<ValidationContext> = {}): ValidationContext => ({
  organizationKind: 'company',
  now: NOW,
  ...overrides,
});

export const fig = (
  metric: string,
  value: unknown,
  dimensions: RawFigure['dimensions'] = {},
  row?: number,
): RawFigure => ({ metric, dimensions, value, ...(row !== undefined && { row }) });

export const doc = (figures: RawFigure[], period = '2026-03'): RawDocument => ({ period, figures });

export const run = (
  figures: RawFigure[],
  ctx: ValidationContext = hotline(),
  period = '2026-03',
): ValidationResult => validateDocument(doc(figures, period), ctx);

export const codes = (issues: readonly ValidationIssue[]): string[] => issues.map((i) => i.code);

/** The only error of a result; fails the test when there is not exactly one. */
export function expectOnlyError(result: ValidationResult): ValidationIssue {
  expect(result.errors).toHaveLength(1);
  return result.errors[0] as ValidationIssue;
}

/** The full histogram of a histogram dimension with the given values, in bucket order. */
export const buckets = (
  metric: string,
  dimension: string,
  codesAndValues: readonly (readonly [string, number])[],
  other: Record<string, string> = {},
): RawFigure[] =>
  codesAndValues.map(([code, value]) => fig(metric, value, { ...other, [dimension]: code }));
