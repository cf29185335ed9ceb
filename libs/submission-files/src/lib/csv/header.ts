import { DIMENSIONS, VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';
import { list, quote } from '../format';
import { formulaIssue } from './cells';

export const REQUIRED_COLUMNS = ['period', 'metric', 'value'] as const;
const DIMENSION_COLUMNS: readonly string[] = DIMENSIONS.map((d) => d.code);
const IS_DIMENSION = new Set(DIMENSION_COLUMNS);
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...DIMENSION_COLUMNS]);

export interface Header {
  /** Row of the header (its line number). */
  row: number;
  /** Number of cells of the header: every record must have as many. */
  width: number;
  /** Column name (trimmed, lower case) → index of its first occurrence. */
  index: Map<string, number>;
  /** Name of each cell, for issues about data cells. */
  names: string[];
  /** Dimension columns present, in header order. */
  dimensions: string[];
  issues: ValidationIssue[];
}

const COLUMNS_HINT = `use period, metric and value, plus dimension columns among ${list(DIMENSION_COLUMNS)}`;

/** Reads and checks the header row: names are trimmed and case-insensitive. */
export function readHeader(cells: readonly string[], row: number): Header {
  const issues: ValidationIssue[] = [];
  const issue = (code: ValidationIssue['code'], column: string | undefined, message: string) =>
    issues.push({ row, code, message, ...(column !== undefined && { column }) });

  const names = cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map<string, number>();
  const header = { row, width: cells.length, index, names, dimensions: [], issues };
  const first = cells[0] ?? '';
  if (cells.length === 1 && /[;\t|]/.test(first)) {
    // Not comma-separated: no column is usable, so report that alone.
    issue(
      C.MALFORMED_CSV,
      undefined,
      `The header ${quote(first)} is not separated by commas: save the file as comma-separated CSV (in Excel: "CSV UTF-8 (comma delimited)").`,
    );
    return header;
  }

  names.forEach((name, i) => {
    const formula = formulaIssue(cells[i] ?? '', row, `column ${i + 1}`);
    if (formula) {
      issues.push(formula);
      return;
    }
    if (name === '') {
      issue(
        C.UNKNOWN_COLUMN,
        `column ${i + 1}`,
        `Column ${i + 1} of the header has no name: remove the column, or name it (${COLUMNS_HINT}).`,
      );
      return;
    }
    const seen = index.get(name);
    if (seen !== undefined) {
      issue(
        C.DUPLICATE_COLUMN,
        name,
        `The header has the column ${quote(name)} twice (columns ${seen + 1} and ${i + 1}): keep one of them.`,
      );
      return;
    }
    index.set(name, i);
    if (!KNOWN.has(name)) {
      issue(
        C.UNKNOWN_COLUMN,
        name,
        `${quote(cells[i]?.trim())} is not a column of the submission format: ${COLUMNS_HINT}.`,
      );
    }
  });
  for (const required of REQUIRED_COLUMNS) {
    if (index.has(required)) continue;
    issue(
      C.MISSING_COLUMN,
      required,
      `The header has no ${quote(required)} column: the first row must name the columns, with period, metric and value required (for example period,metric,hosting_country,value).`,
    );
  }
  return { ...header, dimensions: [...index.keys()].filter((name) => IS_DIMENSION.has(name)) };
}
