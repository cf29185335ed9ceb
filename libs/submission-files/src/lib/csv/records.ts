import { VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';
import { parse, type Options } from 'csv-parse/sync';

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on (1-based). */
  row: number;
  /** The line the record ends on (a quoted cell may span lines). */
  end: number;
}

export interface CsvRecords {
  /** Records read before any structural error, blank ones included. */
  records: CsvRecord[];
  /** A structural error (quotes) that stops reading. */
  failure?: ValidationIssue;
}

const newlines = (cell: string): number => {
  let count = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count++;
  return count;
};

/**
 * Empty lines are kept as records (of one empty cell) so that line numbers can be counted
 * from the records alone: per-record info from the parser costs more than the parsing itself.
 */
const OPTIONS: Options = { relax_column_count: true };

/** Records with the lines they span, counted from the first line. */
function locate(rows: string[][]): CsvRecord[] {
  let line = 1;
  return rows.map((cells) => {
    const row = line;
    const end = row + cells.reduce((n, c) => n + newlines(c), 0);
    line = end + 1;
    return { cells, row, end };
  });
}

function structuralMessage(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted cell of this row is never closed: add the closing double quote ("), or remove the opening one.';
    case 'INVALID_OPENING_QUOTE':
      return 'This row has a double quote (") inside a cell that does not start with one: put the whole cell in double quotes and double the quote inside (""), or remove it.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'This row has text right after the closing double quote of a cell: a quoted cell must end at the next comma or line end (double a quote inside a cell: "").';
    default:
      return 'This row cannot be read as CSV: check its double quotes and commas.';
  }
}

const errorCode = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';

/** The records read before a parser error, or none. */
function recordsBefore(text: string, error: unknown): CsvRecord[] {
  const count = error instanceof Error && 'records' in error ? Number(error.records) : 0;
  if (!Number.isInteger(count) || count <= 0) return [];
  try {
    return locate(parse(text, { ...OPTIONS, to: count }));
  } catch {
    return [];
  }
}

/**
 * Splits CSV text (RFC 4180, lines ending in "\n" only: normalize first) into records with the
 * line each starts on. Never throws: a quote error ends reading and is returned as `failure`,
 * at the line where the record that has it starts.
 */
export function readRecords(text: string): CsvRecords {
  try {
    return { records: locate(parse(text, OPTIONS)) };
  } catch (error) {
    const records = recordsBefore(text, error);
    return {
      records,
      failure: {
        row: (records.at(-1)?.end ?? 0) + 1,
        code: C.MALFORMED_CSV,
        message: structuralMessage(errorCode(error)),
      },
    };
  }
}
