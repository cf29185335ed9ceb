import { VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';
import { quote } from '../format';

/** A negative whole number is data, not a formula: the validator reports it as NEGATIVE_VALUE. */
const PLAIN_NEGATIVE = /^-[0-9]+$/;

/**
 * What makes a cell look like a spreadsheet formula (CSV injection): a leading `=`, `+`, `@`,
 * tab or line break, or a leading `-` unless the cell is a plain negative integer.
 */
export function formulaStart(cell: string): string | undefined {
  const first = cell.charAt(0);
  if (first === '\t') return 'a tab';
  if (first === '\r' || first === '\n') return 'a line break';
  const trimmed = cell.trim();
  const lead = trimmed.charAt(0);
  if (lead === '=' || lead === '+' || lead === '@') return `"${lead}"`;
  if (lead === '-' && !PLAIN_NEGATIVE.test(trimmed)) return '"-"';
  return undefined;
}

export function formulaIssue(
  cell: string,
  row: number,
  column: string | undefined,
): ValidationIssue | undefined {
  const start = formulaStart(cell);
  if (!start) return undefined;
  return {
    row,
    ...(column !== undefined && { column }),
    code: C.FORMULA_INJECTION,
    message: `The cell ${quote(cell.trim())} starts with ${start}, which a spreadsheet would run as a formula: a cell must be plain text or a number.`,
  };
}
