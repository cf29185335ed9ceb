import { VALIDATION_CODES as C } from './error-codes';
import { codes, company, fig, hotline, expectOnlyError, run } from './spec-helpers';

describe('figure checks', () => {
  describe('UNKNOWN_METRIC', () => {
    it('reports a metric that is not in the catalogue, at its row and the metric column', () => {
      const error = expectOnlyError(
        run([fig('hotline.reports.received', 10), fig('hotline.reports.recieved', 5)]),
      );
      expect(error).toMatchObject({
        code: C.UNKNOWN_METRIC,
        row: 2,
        column: 'metric',
        metric: 'hotline.reports.recieved',
        period: '2026-03',
      });
      expect(error.message).toContain('"hotline.reports.recieved" is not a metric');
      expect(error.message).toContain('hotline.reports.received');
    });

    it.each([[''], ['HOTLINE.REPORTS.RECEIVED'], [' hotline.reports.received']])(
      'refuses %j',
      (metric) => {
        expect(codes(run([fig(metric, 1)]).errors)).toEqual([C.UNKNOWN_METRIC]);
      },
    );

    it('accepts a catalogue metric', () => {
      expect(run([fig('hotline.reports.received', 10)]).ok).toBe(true);
    });
  });

  describe('METRIC_NOT_ALLOWED', () => {
    it('refuses a company metric from a hotline', () => {
      const error = expectOnlyError(run([fig('company.accounts.actioned', 3)], hotline()));
      expect(error).toMatchObject({ code: C.METRIC_NOT_ALLOWED, row: 1, column: 'metric' });
      expect(error.message).toContain('company.accounts.actioned is a company metric');
    });

    it('refuses a hotline metric from a company', () => {
      expect(codes(run([fig('hotline.reports.received', 3)], company()).errors)).toEqual([
        C.METRIC_NOT_ALLOWED,
      ]);
    });

    it('accepts own metrics and metrics for both kinds', () => {
      expect(run([fig('company.accounts.actioned', 3)], company()).ok).toBe(true);
      expect(run([fig('content.files.top10', 3)], company()).ok).toBe(true);
      expect(run([fig('content.files.top10', 3)], hotline()).ok).toBe(true);
    });
  });

  describe('values', () => {
    it.each([
      ['12.5', C.NOT_AN_INTEGER],
      [12.5, C.NOT_AN_INTEGER],
      ['1,840', C.NOT_AN_INTEGER],
      ['', C.NOT_AN_INTEGER],
      [null, C.NOT_AN_INTEGER],
      ['lots', C.NOT_AN_INTEGER],
      [-1, C.NEGATIVE_VALUE],
      ['-1', C.NEGATIVE_VALUE],
      ['12345678901234567890', C.VALUE_TOO_LARGE],
      [2 ** 53, C.VALUE_TOO_LARGE],
    ])('reports %p as %s in the value column', (value, code) => {
      const error = expectOnlyError(run([fig('hotline.reports.received', value, {}, 7)]));
      expect(error).toMatchObject({ code, row: 7, column: 'value' });
    });

    it.each([[0], ['0'], ['1840'], [Number.MAX_SAFE_INTEGER], ['9007199254740991']])(
      'accepts %p and normalizes it to a number',
      (value) => {
        const result = run([fig('hotline.reports.received', value)]);
        expect(result.ok).toBe(true);
        expect(typeof result.figures[0]?.value).toBe('number');
      },
    );

    it('keeps 0 as measured and none', () => {
      expect(run([fig('hotline.reports.received', 0)]).figures).toEqual([
        { metric: 'hotline.reports.received', dimensions: {}, value: 0 },
      ]);
    });
  });

  describe('DIMENSION_NOT_ALLOWED', () => {
    it.each([
      ['a dimension the metric does not take', 'hotline.urls.new_content', 'victim_age', '0-2'],
      ['any dimension on a total-only metric', 'hotline.reports.received', 'content_type', 'image'],
      ['something that is not a dimension', 'hotline.urls.csam', 'colour', 'red'],
    ])('refuses %s, in that dimension column', (_label, metric, dimension, value) => {
      const error = expectOnlyError(run([fig(metric, 1, { [dimension]: value })]));
      expect(error).toMatchObject({ code: C.DIMENSION_NOT_ALLOWED, column: dimension, row: 1 });
      expect(error.message).toContain(dimension);
    });

    it('ignores an unset dimension the metric does not take (an empty CSV cell)', () => {
      const result = run([
        fig('hotline.reports.received', 5, {
          content_type: '',
          victim_age: null,
          colour: undefined,
        }),
      ]);
      expect(result.ok).toBe(true);
      expect(result.figures[0]?.dimensions).toEqual({});
    });
  });

  describe('DIMENSION_REQUIRED', () => {
    it('refuses a histogram figure without its bucket, in the required column', () => {
      const error = expectOnlyError(run([fig('hotline.takedown', 40, { hosting_country: 'NL' })]));
      expect(error).toMatchObject({
        code: C.DIMENSION_REQUIRED,
        column: 'takedown_hours',
        row: 1,
      });
      expect(error.message).toContain('not_removed');
    });

    it('refuses a total of content.items.by_repeat', () => {
      expect(codes(run([fig('content.items.by_repeat', 40)]).errors)).toEqual([
        C.DIMENSION_REQUIRED,
      ]);
    });
  });

  describe('UNKNOWN_DIMENSION_VALUE', () => {
    it.each([
      ['hosting_country', 'nl', 'upper case'],
      ['hosting_country', 'UK', '"GB"'],
      ['hosting_country', 'XX', 'ISO 3166-1'],
      ['hosting_country', 'NLD', 'ISO 3166-1'],
      ['hosting_country', 'Unknown', '"unknown"'],
      ['content_type', 'photo', '"image"'],
      ['victim_age', '0–2', '"0-2"'],
      ['content_type', 'Image', '"image"'],
    ])('refuses %s=%j (message mentions %s)', (dimension, value, hint) => {
      const error = expectOnlyError(run([fig('hotline.urls.csam', 1, { [dimension]: value })]));
      expect(error).toMatchObject({ code: C.UNKNOWN_DIMENSION_VALUE, column: dimension });
      expect(error.message).toContain(hint);
    });

    it('refuses a value that is not text', () => {
      const dimensions = { repeat: 1 } as unknown as Record<string, string>;
      expect(codes(run([fig('content.items.by_repeat', 1, dimensions)]).errors)).toContain(
        C.UNKNOWN_DIMENSION_VALUE,
      );
    });

    it.each([
      ['hosting_country', 'NL'],
      ['hosting_country', 'unknown'],
      ['content_type', 'video'],
      ['origin', 'self_generated'],
    ])('accepts %s=%s', (dimension, value) => {
      expect(run([fig('hotline.urls.csam', 1, { [dimension]: value })]).ok).toBe(true);
    });

    it('accepts user_country for a company', () => {
      const result = run(
        [fig('company.reports.cybertipline', 4, { user_country: 'BR' })],
        company(),
      );
      expect(result.ok).toBe(true);
    });
  });

  describe('DUPLICATE_FIGURE', () => {
    it('reports the second occurrence and names the first row', () => {
      const result = run([
        fig('hotline.urls.csam', 5, { hosting_country: 'NL', content_type: 'image' }, 2),
        fig('hotline.urls.csam', 3, { hosting_country: 'US' }, 3),
        fig(
          'hotline.urls.csam',
          5,
          { content_type: 'image', hosting_country: 'NL', origin: '' },
          4,
        ),
      ]);
      const error = expectOnlyError(result);
      expect(error).toMatchObject({
        code: C.DUPLICATE_FIGURE,
        row: 4,
        metric: 'hotline.urls.csam',
      });
      expect(error.message).toContain('row 2');
      expect(error.message).toContain('hotline.urls.csam (hosting_country=NL, content_type=image)');
    });

    it('reports two totals of the same metric', () => {
      expect(
        codes(run([fig('hotline.reports.received', 1), fig('hotline.reports.received', 1)]).errors),
      ).toEqual([C.DUPLICATE_FIGURE]);
    });

    it('accepts the same dimension values for different metrics and different values', () => {
      const result = run([
        fig('content.files.reported', 5, { content_type: 'image' }),
        fig('content.items.distinct', 5, { content_type: 'image' }),
        fig('content.files.reported', 5, { content_type: 'video' }),
      ]);
      expect(result.errors).toEqual([]);
    });
  });

  it('reports every problem of one figure at once', () => {
    const result = run([fig('hotline.urls.csam', '1.5', { hosting_country: 'xx', colour: 'red' })]);
    expect(codes(result.errors).sort()).toEqual(
      [C.DIMENSION_NOT_ALLOWED, C.NOT_AN_INTEGER, C.UNKNOWN_DIMENSION_VALUE].sort(),
    );
    expect(result.errors.every((e) => e.row === 1)).toBe(true);
  });

  it('uses the 1-based position in figures as the row when no CSV row is given', () => {
    const result = run([
      fig('hotline.reports.received', 1),
      fig('hotline.reports.assessed', 1),
      fig('hotline.reports.csam', -1),
    ]);
    expect(expectOnlyError(result).row).toBe(3);
  });
});
