import { previewCsv } from './csv-preview';
import { toHighlights, type Issue } from './report-highlights';

const CSV = [
  'period,metric,hosting_country,value',
  '2026-10,hotline.reports.received,,100',
  '2026-10,hotline.reports.csam,,-5',
  '2026-10,hotline.reports.recieved,,7',
  '2026-10,hotline.urls.csam,NL,3',
].join('\n');

const issue = (row: number | null, column: string | null, code: string): Issue => ({
  row,
  column,
  code,
  message: `${code} at ${row}/${column}`,
  period: '2026-10',
  metric: null,
});

const summary = (errors: Issue[], warnings: Issue[] = [], text = CSV) => {
  const h = toHighlights({ errors, warnings }, previewCsv(text));
  return {
    targets: [...h.errors, ...h.warnings].map((l) => l.targetId),
    rows: Object.fromEntries(h.rows),
    cells: Object.fromEntries(h.cells),
  };
};

describe('toHighlights', () => {
  it('has nothing to show without a report', () => {
    const h = toHighlights(null, previewCsv(CSV));
    expect([h.errors, h.warnings, h.rows.size, h.cells.size]).toEqual([[], [], 0, 0]);
  });

  it.each<[string, Issue[], Issue[], ReturnType<typeof summary>]>([
    [
      'a negative value and an unknown metric, at their cells',
      [issue(3, 'value', 'NEGATIVE_VALUE'), issue(4, 'metric', 'UNKNOWN_METRIC')],
      [],
      {
        targets: ['csv-cell-3-3', 'csv-cell-4-1'],
        rows: {
          3: { severity: 'error', codes: ['NEGATIVE_VALUE'] },
          4: { severity: 'error', codes: ['UNKNOWN_METRIC'] },
        },
        cells: {
          '3:3': { severity: 'error', codes: ['NEGATIVE_VALUE'] },
          '4:1': { severity: 'error', codes: ['UNKNOWN_METRIC'] },
        },
      },
    ],
    [
      'a column the file does not have: the row only',
      [issue(5, 'content_type', 'DIMENSION_NOT_ALLOWED')],
      [],
      {
        targets: ['csv-line-5'],
        rows: { 5: { severity: 'error', codes: ['DIMENSION_NOT_ALLOWED'] } },
        cells: {},
      },
    ],
    [
      'an issue of the whole file, or beyond the last line: nowhere',
      [issue(null, null, 'FILE_TOO_LARGE'), issue(42, 'value', 'NOT_AN_INTEGER')],
      [],
      { targets: [null, null], rows: {}, cells: {} },
    ],
    [
      'a header issue, at the header cell',
      [issue(1, 'hosting_country', 'DUPLICATE_COLUMN')],
      [],
      {
        targets: ['csv-cell-1-2'],
        rows: { 1: { severity: 'error', codes: ['DUPLICATE_COLUMN'] } },
        cells: { '1:2': { severity: 'error', codes: ['DUPLICATE_COLUMN'] } },
      },
    ],
    [
      'an error and a warning on one row: the error wins, both codes listed',
      [issue(2, 'value', 'BREAKDOWN_MISMATCH')],
      [issue(2, 'value', 'SUDDEN_CHANGE'), issue(5, 'VALUE', 'SUDDEN_CHANGE')],
      {
        targets: ['csv-cell-2-3', 'csv-cell-2-3', 'csv-cell-5-3'],
        rows: {
          2: { severity: 'error', codes: ['BREAKDOWN_MISMATCH', 'SUDDEN_CHANGE'] },
          5: { severity: 'warning', codes: ['SUDDEN_CHANGE'] },
        },
        cells: {
          '2:3': { severity: 'error', codes: ['BREAKDOWN_MISMATCH', 'SUDDEN_CHANGE'] },
          '5:3': { severity: 'warning', codes: ['SUDDEN_CHANGE'] },
        },
      },
    ],
    [
      'two errors of one code on one cell: the code once',
      [issue(3, 'value', 'NEGATIVE_VALUE'), issue(3, 'value', 'NEGATIVE_VALUE')],
      [],
      {
        targets: ['csv-cell-3-3', 'csv-cell-3-3'],
        rows: { 3: { severity: 'error', codes: ['NEGATIVE_VALUE'] } },
        cells: { '3:3': { severity: 'error', codes: ['NEGATIVE_VALUE'] } },
      },
    ],
  ])('places %s', (_name, errors, warnings, expected) => {
    expect(summary(errors, warnings)).toEqual(expected);
  });

  it('places nothing in an empty file', () => {
    expect(summary([issue(2, 'value', 'NEGATIVE_VALUE')], [], '')).toEqual({
      targets: [null],
      rows: {},
      cells: {},
    });
  });
});
