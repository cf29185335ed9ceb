import { NOT_REMOVED, REPEAT_BUCKETS, TAKEDOWN_BUCKETS } from '../dimensions';
import { VALIDATION_CODES as C, type ValidationCode } from './error-codes';
import { buckets, codes, company, doc, fig, hotline, run } from './spec-helpers';
import type { RawDocument, ValidationContext } from './types';
import { validateDocument } from './validate-document';

const takedown = [...TAKEDOWN_BUCKETS.map((b) => b.code), NOT_REMOVED];

const validHotline = () => [
  fig('hotline.reports.received', '1840', {}, 2),
  fig('hotline.reports.assessed', 1700, {}, 3),
  fig('hotline.reports.csam', 900, {}, 4),
  fig('hotline.urls.csam', 912, { hosting_country: '', content_type: '' }, 5),
  fig('hotline.urls.csam', 401, { hosting_country: 'NL', content_type: '' }, 6),
  fig('hotline.urls.csam', 511, { hosting_country: 'unknown', content_type: '' }, 7),
  fig('hotline.urls.new_content', 12, { hosting_country: '', content_type: 'video' }, 8),
  ...takedown.map((code, i) => fig('hotline.takedown', i, { takedown_hours: code }, 9 + i)),
];

const validCompany = () => [
  fig('company.reports.cybertipline', 30),
  fig('company.reports.cybertipline', 25, { user_country: 'US' }),
  fig('company.reports.cybertipline', 5, { user_country: 'unknown' }),
  fig('company.content.actioned', 40, { detection: 'proactive_hash_match' }),
  fig('company.accounts.actioned', 0),
  fig('content.files.reported', 100),
  fig('content.files.known', 60),
  fig('content.items.distinct', 7),
  ...REPEAT_BUCKETS.map((b, i) =>
    fig('content.items.by_repeat', i === 0 ? 7 : 0, { repeat: b.code }),
  ),
];

describe('validateDocument', () => {
  it('accepts a complete hotline document and returns normalized figures', () => {
    const result = run(validHotline());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.figures).toHaveLength(7 + takedown.length);
    expect(result.figures[0]).toEqual({
      metric: 'hotline.reports.received',
      dimensions: {},
      value: 1840,
    });
    expect(result.figures[4]).toEqual({
      metric: 'hotline.urls.csam',
      dimensions: { hosting_country: 'NL' },
      value: 401,
    });
  });

  it('accepts a complete company document', () => {
    const result = run(validCompany(), company(), '2026-Q1');
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  // One document per code the validator raises; the file codes belong to the file parsers.
  const triggers: Record<
    Exclude<
      ValidationCode,
      | 'FILE_TOO_LARGE'
      | 'MALFORMED_CSV'
      | 'MALFORMED_JSON'
      | 'UNKNOWN_COLUMN'
      | 'DUPLICATE_COLUMN'
      | 'MISSING_COLUMN'
      | 'FORMULA_INJECTION'
      | 'NOT_TEXT'
    >,
    [RawDocument, ValidationContext]
  > = {
    UNKNOWN_METRIC: [doc([fig('hotline.reports.sent', 1)]), hotline()],
    METRIC_NOT_ALLOWED: [doc([fig('company.appeals.received', 1)]), hotline()],
    NOT_AN_INTEGER: [doc([fig('hotline.reports.received', '1 840')]), hotline()],
    NEGATIVE_VALUE: [doc([fig('hotline.reports.received', -3)]), hotline()],
    VALUE_TOO_LARGE: [doc([fig('hotline.reports.received', '99999999999999999999')]), hotline()],
    DIMENSION_NOT_ALLOWED: [
      doc([fig('hotline.reports.received', 1, { hosting_country: 'NL' })]),
      hotline(),
    ],
    DIMENSION_REQUIRED: [doc([fig('company.takedown', 1, { detection: 'other' })]), company()],
    UNKNOWN_DIMENSION_VALUE: [
      doc([fig('hotline.urls.csam', 1, { hosting_country: 'Netherlands' })]),
      hotline(),
    ],
    DUPLICATE_FIGURE: [
      doc([fig('hotline.reports.received', 1), fig('hotline.reports.received', 2)]),
      hotline(),
    ],
    BREAKDOWN_MISMATCH: [
      doc([
        fig('content.files.reported', 5),
        fig('content.files.reported', 4, { content_type: 'image' }),
      ]),
      company(),
    ],
    INCONSISTENT_FIGURES: [
      doc([fig('content.files.reported', 5), fig('content.files.top10', 6)]),
      company(),
    ],
    HISTOGRAM_INCOMPLETE: [
      doc(buckets('company.takedown', 'takedown_hours', [['[0,1)', 3]])),
      company(),
    ],
    INVALID_PERIOD: [doc([fig('hotline.reports.received', 1)], '2026-Q5'), hotline()],
    PERIOD_NOT_ALLOWED: [doc([fig('hotline.reports.received', 1)], '2026-H1'), hotline()],
    EMPTY_SUBMISSION: [doc([]), hotline()],
  };

  it.each(Object.entries(triggers))('raises %s as the only error', (code, [document, ctx]) => {
    const result = validateDocument(document, ctx);
    expect(result.ok).toBe(false);
    expect(codes(result.errors)).toEqual([code]);
  });

  it('has a trigger for every code except those of the file parsers', () => {
    const csv = [
      C.FILE_TOO_LARGE,
      C.MALFORMED_CSV,
      C.MALFORMED_JSON,
      C.UNKNOWN_COLUMN,
      C.DUPLICATE_COLUMN,
      C.MISSING_COLUMN,
      C.FORMULA_INJECTION,
      C.NOT_TEXT,
    ] as string[];
    expect(Object.keys(triggers).sort()).toEqual(
      Object.values(C)
        .filter((c) => !csv.includes(c))
        .sort(),
    );
  });

  it('writes every message as one sentence that ends with a full stop', () => {
    for (const [document, ctx] of Object.values(triggers)) {
      for (const issue of validateDocument(document, ctx).errors) {
        expect(issue.message).toMatch(/^[A-Z"0-9a-z-].*\.$/);
        expect(issue.message).not.toContain('\n');
        expect(issue.message).toContain(': ');
      }
    }
  });

  it('stamps the period on every issue and sorts errors by row', () => {
    const result = run(
      [
        fig('hotline.reports.received', 'x', {}, 9),
        fig('hotline.urls.csam', 1, { hosting_country: 'ZZ' }, 4),
      ],
      hotline(),
      '2026-Q2',
    );
    expect(result.errors.map((e) => [e.code, e.row, e.period])).toEqual([
      [C.PERIOD_NOT_ALLOWED, 4, '2026-Q2'],
      [C.UNKNOWN_DIMENSION_VALUE, 4, '2026-Q2'],
      [C.NOT_AN_INTEGER, 9, '2026-Q2'],
    ]);
  });

  it.each([
    ['null figures', { period: '2026-03', figures: null }],
    ['a null figure', { period: '2026-03', figures: [null] }],
    [
      'a figure without dimensions',
      { period: '2026-03', figures: [{ metric: 'hotline.urls.csam', value: 1 }] },
    ],
    ['a numeric period', { period: 202603, figures: [] }],
    ['a numeric metric', { period: '2026-03', figures: [{ metric: 5, dimensions: {}, value: 1 }] }],
  ])('returns issues instead of throwing for %s', (_label, input) => {
    expect(() => validateDocument(input as unknown as RawDocument, hotline())).not.toThrow();
  });

  it('accepts a figure given without dimensions', () => {
    const input = { period: '2026-03', figures: [{ metric: 'hotline.urls.csam', value: 1 }] };
    expect(validateDocument(input as unknown as RawDocument, hotline()).ok).toBe(true);
  });
});
