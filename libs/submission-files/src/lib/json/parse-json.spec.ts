import { VALIDATION_CODES as C } from '@candor/catalogue';
import { parseSubmissionJson } from './parse-json';

const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

const march = {
  period: '2026-03',
  figures: [
    { metric: 'hotline.urls.csam', value: 912 },
    { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: '401' },
    {
      metric: 'hotline.urls.csam',
      dimensions: { hosting_country: 'US', content_type: null },
      value: 511,
    },
  ],
};
const marchDocument = {
  period: '2026-03',
  figures: [
    { metric: 'hotline.urls.csam', dimensions: {}, value: 912, row: 1 },
    { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: '401', row: 2 },
    {
      metric: 'hotline.urls.csam',
      dimensions: { hosting_country: 'US', content_type: null },
      value: 511,
      row: 3,
    },
  ],
};
const april = { period: '2026-04', figures: [{ metric: 'hotline.reports.received', value: 1 }] };

describe('parseSubmissionJson', () => {
  it.each([
    ['one submission', march, 1],
    ['a list of submissions', [march, april], 2],
    ['{ submissions }', { submissions: [march, april] }, 2],
    ['a submission with attributed', { ...march, attributed: true }, 1],
    ['{ submissions } with attributed', { submissions: [march], attributed: false }, 1],
  ])('accepts %s, as a value, as text and as bytes with a BOM', (_, input, count) => {
    const text = JSON.stringify(input, null, 2);
    for (const form of [input, text, new TextEncoder().encode(`\uFEFF${text}`)]) {
      const parsed = parseSubmissionJson(form);
      expect(parsed.errors).toEqual([]);
      expect(parsed.format).toBe('json');
      expect(parsed.documents[0]).toEqual(marchDocument);
      expect(parsed.documents).toHaveLength(count);
    }
  });

  it('passes values through untouched, for the validator to judge', () => {
    const figures = [12.5, '1,000', -3, 2 ** 53 + 2, true, null, '12345678901234567890'].map(
      (value) => ({ metric: 'm', value }),
    );
    const parsed = parseSubmissionJson({ period: '2026-03', figures });
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0]?.figures.map((f) => f.value)).toEqual(figures.map((f) => f.value));
  });

  describe('shape errors name a JSON path, and the 1-based figure as the row', () => {
    it.each([
      [{ period: '2026-03', figures: [{ metric: 7, value: 1 }] }, 'figures[0].metric', 1, 'is 7'],
      [{ period: '2026-03', figures: [{ value: 1 }] }, 'figures[0].metric', 1, 'has no metric'],
      [
        { period: '2026-03', figures: [{ metric: 'm', value: 1 }, 'x'] },
        'figures[1]',
        2,
        'is "x": give a figure',
      ],
      [
        { period: '2026-03', figures: [{ metric: 'm', dimensions: { repeat: 2 }, value: 1 }] },
        'figures[0].dimensions.repeat',
        1,
        'is 2: give the dimension value as text',
      ],
      [
        { period: '2026-03', figures: [{ metric: 'm', dimensions: ['NL'], value: 1 }] },
        'figures[0].dimensions',
        1,
        'is a list',
      ],
      [
        { period: '2026-03', figures: [{ metric: 'm', count: 1 }] },
        'figures[0].count',
        1,
        'has the field "count", which a figure does not have',
      ],
      [
        { period: '2026-03', figures: [{ metric: 'm', value: 1, attributed: true }] },
        'figures[0].attributed',
        1,
        'use only metric, dimensions and value',
      ],
    ])('%j → %s', (input, column, row, words) => {
      const parsed = parseSubmissionJson(input);
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.MALFORMED_JSON, column, row, period: '2026-03' }),
      ]);
      expect(parsed.errors[0]?.message).toContain(words);
    });

    it('keeps the original row of the figures that remain', () => {
      const parsed = parseSubmissionJson({
        period: '2026-03',
        figures: [
          { metric: 1, value: 1 },
          { metric: 'b', value: 2 },
        ],
      });
      expect(parsed.documents[0]?.figures).toEqual([
        { metric: 'b', dimensions: {}, value: 2, row: 2 },
      ]);
    });

    it.each([
      [{ figures: [] }, 'period', 'has no period'],
      [{ period: 202603, figures: [] }, 'period', 'is 202603: give the period as text'],
      [{ period: '2026-03', figures: {} }, 'figures', 'is an object: give a list of figures'],
      [[march, 3], '[1]', 'is 3: give a submission'],
      [{ submissions: march }, 'submissions', 'is an object: give a list of submissions'],
      [{ submissions: [], extra: 1 }, 'extra', 'which the file does not have'],
      [{ submissions: [{ ...march, period: null }] }, 'submissions[0].period', 'is null'],
    ])('%j → %s', (input, column, words) => {
      const parsed = parseSubmissionJson(input);
      expect(parsed.errors).toEqual([expect.objectContaining({ code: C.MALFORMED_JSON, column })]);
      expect(parsed.errors[0]?.message).toContain(words);
    });

    it('reports a misspelt field and the missing one together', () => {
      const parsed = parseSubmissionJson({ period: '2026-03', figure: [] });
      expect(parsed.errors.map((e) => [e.code, e.column])).toEqual([
        [C.MALFORMED_JSON, 'figures'],
        [C.MALFORMED_JSON, 'figure'],
      ]);
      expect(parsed.errors[0]?.message).toContain('has no figures: give a list of figures');
      expect(parsed.errors[1]?.message).toContain('"figure", which a submission does not have');
    });

    it('leaves a missing value to the validator', () => {
      const parsed = parseSubmissionJson({ period: '2026-03', figures: [{ metric: 'm' }] });
      expect(parsed.errors).toEqual([]);
      expect(parsed.documents[0]?.figures).toEqual([
        { metric: 'm', dimensions: {}, value: undefined, row: 1 },
      ]);
    });

    it.each([[42], ['"text"'], ['null']])('rejects the JSON %s as a whole', (text) => {
      const parsed = parseSubmissionJson(String(text));
      expect(codes(parsed.errors)).toEqual([C.MALFORMED_JSON]);
      expect(parsed.errors[0]?.message).toContain('send a submission');
    });
  });

  it('reports a period given twice', () => {
    const parsed = parseSubmissionJson({ submissions: [march, april, march] });
    expect(parsed.errors).toEqual([
      expect.objectContaining({ code: C.MALFORMED_JSON, column: 'submissions[2].period' }),
    ]);
    expect(parsed.errors[0]?.message).toContain('in submissions[0] and submissions[2]');
    expect(parsed.documents.map((d) => d.period)).toEqual(['2026-03', '2026-04']);
  });

  it.each([
    ['[]', C.EMPTY_SUBMISSION],
    ['{ "submissions": [] }', C.EMPTY_SUBMISSION],
    ['  \n', C.EMPTY_SUBMISSION],
  ])('reports %j as %s', (text, code) => {
    expect(codes(parseSubmissionJson(text).errors)).toEqual([code]);
  });

  it('leaves a submission without figures to the validator (EMPTY_SUBMISSION there)', () => {
    const parsed = parseSubmissionJson('{ "period": "2026-03", "figures": [] }');
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents).toEqual([{ period: '2026-03', figures: [] }]);
  });

  describe('syntax errors', () => {
    it.each([
      ['{\n  "period": "2026-03"\n  "figures": []\n}', 3, 3],
      ['{\r\n"period": "2026-03",\r\n"figures": [],}', 3, 15],
      ['[{"period": "2026-03"', 1, 22],
      ['{"period": "2026-03", "figures": []} x', 1, 38],
    ])('reports MALFORMED_JSON with the line and column', (text, line, column) => {
      const parsed = parseSubmissionJson(text);
      expect(parsed.errors).toEqual([
        expect.objectContaining({ code: C.MALFORMED_JSON, row: line }),
      ]);
      expect(parsed.errors[0]?.message).toContain(`at line ${line}, column ${column}`);
      expect(parsed.documents).toEqual([]);
    });

    it('does not echo the input the parser quotes, and gives no location it does not know', () => {
      const parsed = parseSubmissionJson('{"a":}');
      expect(parsed.errors).toEqual([{ code: C.MALFORMED_JSON, message: expect.any(String) }]);
      expect(parsed.errors[0]?.message).toContain("(Unexpected token '}')");
      expect(parsed.errors[0]?.message).not.toContain('"a"');
      expect(parsed.errors[0]?.message).toMatch(/^The file is not valid JSON/);
    });
  });

  it('checks size and text before parsing', () => {
    expect(codes(parseSubmissionJson('[]'.repeat(20), { maxBytes: 10 }).errors)).toEqual([
      C.FILE_TOO_LARGE,
    ]);
    expect(codes(parseSubmissionJson(new Uint8Array([0x7b, 0xff, 0x7d])).errors)).toEqual([
      C.NOT_TEXT,
    ]);
  });
});
