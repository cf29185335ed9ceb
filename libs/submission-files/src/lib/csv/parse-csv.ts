import {
  VALIDATION_CODES as C,
  WARNING_CODES as W,
  type RawDocument,
  type RawFigure,
  type ValidationIssue,
} from '@candor/catalogue';
import { quote, rowRanges } from '../format';
import { readText } from '../text';
import { emptyFile, failed, type ParsedFile, type ParseOptions } from '../types';
import { formulaIssue } from './cells';
import { type Header, readHeader } from './header';
import { type CsvRecord, readRecords } from './records';

interface Period {
  document: RawDocument;
  /** Rows without a value: left out as not measured. */
  omitted: number[];
}

const byRow = (a: ValidationIssue, b: ValidationIssue): number => (a.row ?? 0) - (b.row ?? 0);

const isBlank = (record: CsvRecord): boolean => record.cells.every((c) => c.trim() === '');

/** Issues of one record on its own: cells that look like formulas, and the number of cells. */
function recordIssues(record: CsvRecord, header: Header): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  record.cells.forEach((cell, i) => {
    const formula = formulaIssue(cell, record.row, header.names[i] || `column ${i + 1}`);
    if (formula) issues.push(formula);
  });
  const count = record.cells.length;
  if (count !== header.width) {
    issues.push({
      row: record.row,
      code: C.MALFORMED_CSV,
      message:
        count > header.width
          ? `This row has ${count} cells, but the header has ${header.width}: a number written with a thousands separator, like 1,000, becomes two cells, so write 1000 (and put any cell that contains a comma in double quotes).`
          : `This row has ${count} cells, but the header has ${header.width}: give every column a cell, leaving a dimension cell empty for the total over that dimension.`,
    });
  }
  return issues;
}

function figureOf(record: CsvRecord, header: Header) {
  const cell = (name: string): string => {
    const i = header.index.get(name);
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
  const dimensions: Record<string, string> = {};
  for (const dimension of header.dimensions) {
    const value = cell(dimension);
    if (value !== '') dimensions[dimension] = value;
  }
  const figure: RawFigure = {
    metric: cell('metric'),
    dimensions,
    value: cell('value'),
    row: record.row,
  };
  return { period: cell('period'), figure };
}

function omittedWarning(period: Period): ValidationIssue | undefined {
  const rows = period.omitted;
  const first = rows[0];
  if (first === undefined) return undefined;
  const many = rows.length > 1;
  return {
    row: first,
    column: 'value',
    code: W.VALUE_OMITTED,
    period: period.document.period,
    message: `${many ? 'Rows' : 'Row'} ${rowRanges(rows)} of period ${quote(period.document.period)} ${many ? 'have' : 'has'} no value, so ${many ? 'these figures are' : 'this figure is'} left out as not measured: enter 0 where a figure was measured and there were none.`,
  };
}

/**
 * Reads a CSV submission file into one document per period. Checks the file (size, text,
 * structure, header, formula cells) but not the figures: `validateDocument` does that. Values
 * stay the trimmed text of their cell, so that the validator reports them exactly.
 */
export function parseSubmissionCsv(input: string | Uint8Array, options?: ParseOptions): ParsedFile {
  const read = readText(input, options);
  if (!read.ok) return failed('csv', read.issue);
  const text = read.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return failed('csv', emptyFile('csv'));

  const { records, failure } = readRecords(text);
  const [headerRecord, ...data] = records.filter((r) => !isBlank(r));
  if (!headerRecord) return failed('csv', failure ?? emptyFile('csv'));

  const header = readHeader(headerRecord.cells, headerRecord.row);
  const errors = [...header.issues];
  const periods = new Map<string, Period>();
  for (const record of data) {
    const issues = recordIssues(record, header);
    errors.push(...issues);
    if (issues.length > 0 || header.issues.length > 0) continue;
    const { period, figure } = figureOf(record, header);
    let group = periods.get(period);
    if (!group) {
      group = { document: { period, figures: [] }, omitted: [] };
      periods.set(period, group);
    }
    if (figure.value === '') group.omitted.push(record.row);
    else group.document.figures.push(figure);
  }
  if (failure) errors.push(failure);
  else if (data.length === 0 && header.issues.length === 0) {
    errors.push({
      code: C.EMPTY_SUBMISSION,
      message:
        'The file has a header but no figures: add one row per figure below it (period, metric, dimension cells and value).',
    });
  }

  const usable = header.issues.length === 0 && !failure;
  const groups = usable ? [...periods.values()] : [];
  return {
    format: 'csv',
    documents: groups.map((g) => g.document),
    errors: errors.sort(byRow),
    warnings: groups.map(omittedWarning).filter((w): w is ValidationIssue => w !== undefined),
  };
}
