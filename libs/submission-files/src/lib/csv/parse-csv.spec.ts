import { VALIDATION_CODES as C, WARNING_CODES as W } from '@candor/catalogue';
import { parseSubmissionCsv } from './parse-csv';

const csv = (...lines: string[]): string => lines.join('\n');
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);
const HEADER = 'period,metric,hosting_country,content_type,victim_age,value';

describe('parseSubmissionCsv', () => {
  it('reads the example of metrics.md into one document with rows and unset empty dimensions', () => {
    const parsed = parseSubmissionCsv(
      csv(
        HEADER,
        '2026-03,hotline.reports.received,,,,1840',
        '2026-03,hotline.urls.csam,,,,912',
        '2026-03,hotline.urls.csam,NL,,,401',
        '2026-03,hotline.urls.csam,US,,,322',
        '2026-03,hotline.urls.csam,unknown,,,189',
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.format).toBe('csv');
    expect(parsed.documents).toEqual([
      {
        period: '2026-03',
        figures: [
          { metric: 'hotline.reports.received', dimensions: {}, value: '1840', row: 2 },
          { metric: 'hotline.urls.csam', dimensions: {}, value: '912', row: 3 },
          {
            metric: 'hotline.urls.csam',
            dimensions: { hosting_country: 'NL' },
            value: '401',
            row: 4,
          },
          {
            metric: 'hotline.urls.csam',
            dimensions: { hosting_country: 'US' },
            value: '322',
            row: 5,
          },
          {
            metric: 'hotline.urls.csam',
            dimensions: { hosting_country: 'unknown' },
            value: '189',
            row: 6,
          },
        ],
      },
    ]);
  });

  it('trims cells and header names, and reads header names case-insensitively', () => {
    const parsed = parseSubmissionCsv(
      csv(' Period , METRIC ,Hosting_Country, Value', ' 2026-03 , hotline.urls.csam , NL ,  7 '),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0]).toEqual({
      period: '2026-03',
      figures: [
        { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: '7', row: 2 },
      ],
    });
  });

  it('groups rows by period into documents, in first-seen order', () => {
    const parsed = parseSubmissionCsv(
      csv(
        'period,metric,value',
        '2026-02,hotline.reports.received,1',
        '2026-01,hotline.reports.received,2',
        '2026-02,hotline.reports.assessed,3',
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.map((d) => [d.period, d.figures.map((f) => f.row)])).toEqual([
      ['2026-02', [2, 4]],
      ['2026-01', [3]],
    ]);
  });

  it('passes the period text through as given, for the validator to judge', () => {
    const parsed = parseSubmissionCsv(csv('period,metric,value', 'March 2026,x,1', ',x,2'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.map((d) => d.period)).toEqual(['March 2026', '']);
  });

  it.each([
    ['1,000 in quotes', '"1,000"', '1,000'],
    ['a decimal', '12.5', '12.5'],
    ['an exponent', '1e3', '1e3'],
    ['20 digits', '12345678901234567890', '12345678901234567890'],
    ['a plain negative integer', '-3', '-3'],
    ['spaces around', '  42 ', '42'],
  ])('passes a value with %s through as trimmed text', (_, cell, value) => {
    const parsed = parseSubmissionCsv(csv('period,metric,value', `2026-03,x,${cell}`));
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0]?.figures[0]?.value).toBe(value);
  });

  describe('line endings and quoting', () => {
    const rows = ['2026-03,a,1', '2026-03,b,2', '2026-03,c,3', '2026-03,d,4'];
    const lines = ['period,metric,value', ...rows];

    it.each([
      ['LF', lines.join('\n')],
      ['CRLF', lines.join('\r\n')],
      ['CR', lines.join('\r')],
      ['mixed', `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r${lines[3]}\r\n\r\n${lines[4]}\n`],
    ])('accepts %s line endings with the right rows', (name, text) => {
      const parsed = parseSubmissionCsv(text);
      expect(parsed.errors).toEqual([]);
      const expected = name === 'mixed' ? [2, 3, 4, 6] : [2, 3, 4, 5];
      expect(parsed.documents[0]?.figures.map((f) => [f.metric, f.row])).toEqual(
        ['a', 'b', 'c', 'd'].map((m, i) => [m, expected[i]]),
      );
    });

    it('reads quoted cells with commas, quotes and line breaks; a record starts on its first line', () => {
      const parsed = parseSubmissionCsv(
        'period,metric,value\r\n2026-03,"a,b",1\r\n2026-03,"multi\r\nline\nmetric",2\r\n2026-03,"say ""x""",3\r\n',
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.documents[0]?.figures.map((f) => [f.metric, f.row])).toEqual([
        ['a,b', 2],
        ['multi\nline\nmetric', 3],
        ['say "x"', 6],
      ]);
    });

    it('counts blank lines and skips rows that are only empty cells', () => {
      const parsed = parseSubmissionCsv(
        csv('', 'period,metric,value', '', '2026-03,a,1', ',,', '   ', '2026-03,b,2', ''),
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.documents[0]?.figures.map((f) => f.row)).toEqual([4, 7]);
    });

    it('strips a UTF-8 BOM, from text and from bytes', () => {
      const text = '\uFEFFperiod,metric,value\n2026-03,a,1\n';
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.slice(1))]);
      for (const input of [text, bytes]) {
        const parsed = parseSubmissionCsv(input);
        expect(parsed.errors).toEqual([]);
        expect(parsed.documents[0]?.figures[0]).toMatchObject({ metric: 'a', row: 2 });
      }
    });
  });

  describe('header', () => {
    it.each([
      ['period', 'metric,value'],
      ['metric', 'period,value'],
      ['value', 'period,metric,hosting_country'],
    ])('reports MISSING_COLUMN naming %s', (column, header) => {
      const parsed = parseSubmissionCsv(csv(header, header.replace(/[a-z_]+/g, 'x')));
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.MISSING_COLUMN, row: 1, column }),
      ]);
      expect(parsed.errors[0]?.message).toContain(`no "${column}" column`);
      expect(parsed.documents).toEqual([]);
    });

    it('reports UNKNOWN_COLUMN naming the column and the allowed ones', () => {
      const parsed = parseSubmissionCsv(csv('period,metric,Colour,value', '2026-03,a,red,1'));
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.UNKNOWN_COLUMN, row: 1, column: 'colour' }),
      ]);
      expect(parsed.errors[0]?.message).toContain('"Colour" is not a column');
      expect(parsed.errors[0]?.message).toContain('hosting_country');
      expect(parsed.errors[0]?.message).toContain('repeat');
      expect(parsed.documents).toEqual([]);
    });

    it('reports an unnamed column as UNKNOWN_COLUMN', () => {
      const parsed = parseSubmissionCsv(csv('period,metric,value,', '2026-03,a,1,'));
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.UNKNOWN_COLUMN, column: 'column 4' }),
      ]);
    });

    it('reports DUPLICATE_COLUMN for a repeated header, whatever its case', () => {
      const parsed = parseSubmissionCsv(csv('period,metric,value,VALUE', '2026-03,a,1,2'));
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.DUPLICATE_COLUMN, row: 1, column: 'value' }),
      ]);
      expect(parsed.errors[0]?.message).toContain('columns 3 and 4');
      expect(parsed.documents).toEqual([]);
    });

    it('reports a semicolon-separated file once, as MALFORMED_CSV', () => {
      const parsed = parseSubmissionCsv(csv('period;metric;value', '2026-03;a;1'));
      expect(codes(parsed.errors)).toEqual([C.MALFORMED_CSV]);
      expect(parsed.errors[0]?.message).toContain('not separated by commas');
    });

    it('reports a header-only file as EMPTY_SUBMISSION, and an empty file too', () => {
      for (const text of ['period,metric,value\r\n', '', '\uFEFF \n\n']) {
        const parsed = parseSubmissionCsv(text);
        expect(codes(parsed.errors)).toEqual([C.EMPTY_SUBMISSION]);
        expect(parsed.documents).toEqual([]);
      }
    });
  });

  describe('malformed records', () => {
    it('reports a row with more cells than the header, hinting at thousands separators', () => {
      const parsed = parseSubmissionCsv(
        csv('period,metric,value', '2026-03,a,1', '2026-03,b,1,000', '2026-03,c,3'),
      );
      expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_CSV, row: 3 })]);
      expect(parsed.errors[0]?.message).toContain('4 cells, but the header has 3');
      expect(parsed.errors[0]?.message).toContain('thousands separator');
      expect(parsed.documents[0]?.figures.map((f) => f.metric)).toEqual(['a', 'c']);
    });

    it('reports a row with fewer cells than the header', () => {
      const parsed = parseSubmissionCsv(csv(HEADER, '2026-03,a,1'));
      expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_CSV, row: 2 })]);
      expect(parsed.errors[0]?.message).toContain('3 cells, but the header has 6');
    });

    it.each([
      ['an unclosed quote, at the line the record starts on', '2026-03,"a,1\n2026-03,b,2\n', 3],
      ['a quote inside an unquoted cell', '2026-03,a"b",1\n', 3],
      ['text after a closing quote', '2026-03,"a"b,1\n', 3],
    ])('reports %s as MALFORMED_CSV with no documents', (_, tail, row) => {
      const parsed = parseSubmissionCsv(`period,metric,value\n2026-03,x,1\n${tail}`);
      expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_CSV, row })]);
      expect(parsed.documents).toEqual([]);
    });
  });

  it('reports a quote error at the line its record starts on, after blank lines and multi-line cells', () => {
    const parsed = parseSubmissionCsv(
      'period,metric,value\r\n\r\n2026-03,"a\r\nb",1\r\n\r\n2026-03,"x,1\r\n2026-03,y,2\r\n',
    );
    expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_CSV, row: 6 })]);
    expect(parsed.errors[0]?.message).toContain('never closed');
  });

  it('reports a quote error in the header at line 1', () => {
    const parsed = parseSubmissionCsv('period,"metric,value\n2026-03,a,1\n');
    expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_CSV, row: 1 })]);
  });

  describe('formula injection', () => {
    it.each([
      ['metric', '=HYPERLINK("http://x","y")', '"="'],
      ['metric', '+1', '"+"'],
      ['metric', '@SUM(A1)', '"@"'],
      ['metric', '-x', '"-"'],
      ['value', '-1+2', '"-"'],
      ['value', '\t1', 'a tab'],
      ['hosting_country', '\rNL', 'a line break'],
      ['period', ' =1', '"="'],
    ])('reports a %s cell %j', (column, cell, start) => {
      const quoted = `"${cell.replaceAll('"', '""')}"`;
      const parsed = parseSubmissionCsv(
        csv(
          'period,metric,hosting_country,value',
          '2026-03,a,,1',
          [
            column === 'period' ? quoted : '2026-03',
            column === 'metric' ? quoted : 'b',
            column === 'hosting_country' ? quoted : '',
            column === 'value' ? quoted : '2',
          ].join(','),
        ),
      );
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.FORMULA_INJECTION, row: 3, column }),
      ]);
      expect(parsed.errors[0]?.message).toContain(`starts with ${start}`);
      expect(parsed.errors[0]?.message).toContain('must be plain text or a number');
      expect(parsed.documents[0]?.figures.map((f) => f.metric)).toEqual(['a']);
    });

    it('reports a formula in the header', () => {
      const parsed = parseSubmissionCsv(csv('period,metric,value,=1+1', '2026-03,a,1,'));
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.FORMULA_INJECTION, row: 1, column: 'column 4' }),
      ]);
    });

    it('reports a formula even in a row without a value', () => {
      const parsed = parseSubmissionCsv(csv('period,metric,value', '2026-03,=cmd,'));
      expect(codes(parsed.errors)).toEqual([C.FORMULA_INJECTION]);
    });
  });

  describe('empty values', () => {
    it('leaves a row without a value out, with one VALUE_OMITTED warning per period naming the rows', () => {
      const parsed = parseSubmissionCsv(
        csv(
          'period,metric,value',
          '2026-03,a,',
          '2026-03,b,',
          '2026-03,c,1',
          '2026-03,d,',
          '2026-04,e,',
        ),
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.documents.map((d) => [d.period, d.figures.map((f) => f.metric)])).toEqual([
        ['2026-03', ['c']],
        ['2026-04', []],
      ]);
      expect(parsed.warnings).toEqual([
        expect.objectContaining({ code: W.VALUE_OMITTED, row: 2, period: '2026-03' }),
        expect.objectContaining({ code: W.VALUE_OMITTED, row: 6, period: '2026-04' }),
      ]);
      expect(parsed.warnings[0]?.message).toContain(
        'Rows 2–3 and 5 of period "2026-03" have no value',
      );
      expect(parsed.warnings[1]?.message).toContain('Row 6 of period "2026-04" has no value');
    });
  });

  it('reports every row problem of a file at once, in row order', () => {
    const parsed = parseSubmissionCsv(
      csv('period,metric,value', '2026-03,=a,1', '2026-03,b,1,000', '2026-03,c,@3'),
    );
    expect(parsed.errors.map((e) => [e.code, e.row])).toEqual([
      [C.FORMULA_INJECTION, 2],
      [C.MALFORMED_CSV, 3],
      [C.FORMULA_INJECTION, 4],
    ]);
  });
});
