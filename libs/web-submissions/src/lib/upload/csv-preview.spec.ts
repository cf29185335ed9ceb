import { previewCsv } from './csv-preview';

const lines = (preview: ReturnType<typeof previewCsv>) =>
  preview.rows.map((row) => [row.line, ...row.cells]);

describe('previewCsv', () => {
  it.each([
    ['an empty text', ''],
    ['only line breaks', '\n\r\n\n'],
  ])('has no header for %s', (_name, text) => {
    expect(previewCsv(text)).toEqual({ header: null, rows: [], totalRows: 0 });
  });

  it.each<[string, string, (string | number)[][]]>([
    ['a header only', 'period,metric,value\n', []],
    [
      'plain rows',
      'period,metric,value\n2026-10,a.b,1\n2026-10,c.d,2',
      [
        [2, '2026-10', 'a.b', '1'],
        [3, '2026-10', 'c.d', '2'],
      ],
    ],
    [
      'CRLF line ends and a BOM',
      '\uFEFFperiod,metric,value\r\n2026-10,a.b,1\r\n',
      [[2, '2026-10', 'a.b', '1']],
    ],
    [
      'empty lines, still counted',
      'period,metric,value\n\n2026-10,a.b,1\n\n\n2026-10,c.d,2\n',
      [
        [3, '2026-10', 'a.b', '1'],
        [6, '2026-10', 'c.d', '2'],
      ],
    ],
    [
      'quoted cells with commas, quotes and line breaks',
      'period,metric,value\n2026-10,"a,b","1"\n"2026-\n10","say ""x""",3\n2026-10,e.f,4',
      [
        [2, '2026-10', 'a,b', '1'],
        [3, '2026-\n10', 'say "x"', '3'],
        [5, '2026-10', 'e.f', '4'],
      ],
    ],
    [
      'empty cells',
      'period,metric,hosting_country,value\n2026-10,a.b,,5\n2026-10,a.b,NL,',
      [
        [2, '2026-10', 'a.b', '', '5'],
        [3, '2026-10', 'a.b', 'NL', ''],
      ],
    ],
    [
      'a quote never closed',
      'period,metric,value\n2026-10,"a.b,1\n2026-10',
      [[2, '2026-10', 'a.b,1\n2026-10']],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(lines(previewCsv(text))).toEqual(expected);
  });

  it('reads the header with its line', () => {
    expect(previewCsv('period,metric,value\n').header).toEqual({
      line: 1,
      cells: ['period', 'metric', 'value'],
    });
  });

  it('shows at most the limit, and counts every row', () => {
    const text = [
      'period,metric,value',
      ...Array.from({ length: 20 }, (_, i) => `2026-10,m,${i}`),
    ].join('\n');
    const preview = previewCsv(text, 5);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(preview.totalRows).toBe(20);
  });
});
