import { VALIDATION_CODES as C } from './error-codes';
import { codes, company, fig, expectOnlyError, run } from './spec-helpers';

const CSAM = 'hotline.urls.csam';

describe('BREAKDOWN_MISMATCH', () => {
  it('accepts the example of metrics.md', () => {
    const result = run([
      fig('hotline.reports.received', 1840, {}, 2),
      fig(CSAM, 912, {}, 3),
      fig(CSAM, 401, { hosting_country: 'NL' }, 4),
      fig(CSAM, 322, { hosting_country: 'US' }, 5),
      fig(CSAM, 189, { hosting_country: 'unknown' }, 6),
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reports a breakdown that does not add up to the total, at the total row, with both sums', () => {
    const error = expectOnlyError(
      run([
        fig(CSAM, 912, {}, 3),
        fig(CSAM, 401, { hosting_country: 'NL' }, 4),
        fig(CSAM, 322, { hosting_country: 'US' }, 5),
      ]),
    );
    expect(error).toMatchObject({
      code: C.BREAKDOWN_MISMATCH,
      row: 3,
      column: 'value',
      metric: CSAM,
    });
    expect(error.message).toContain('adds up to 723');
    expect(error.message).toContain('total is 912');
    expect(error.message).toContain('"unknown"');
  });

  it('reports each one-dimension breakdown that differs from the total', () => {
    const result = run([
      fig(CSAM, 10),
      fig(CSAM, 9, { hosting_country: 'NL' }),
      fig(CSAM, 10, { content_type: 'image' }),
      fig(CSAM, 11, { origin: 'unknown' }),
    ]);
    expect(codes(result.errors)).toEqual([C.BREAKDOWN_MISMATCH, C.BREAKDOWN_MISMATCH]);
    expect(result.errors.map((e) => e.row)).toEqual([1, 1]);
    expect(result.errors[0]?.message).toContain('by hosting_country adds up to 9');
    expect(result.errors[1]?.message).toContain('by origin adds up to 11');
  });

  it('without a total, reports one-dimension breakdowns that disagree, with both sums', () => {
    const error = expectOnlyError(
      run([
        fig(CSAM, 6, { hosting_country: 'NL' }),
        fig(CSAM, 4, { hosting_country: 'unknown' }),
        fig(CSAM, 7, { content_type: 'image' }),
        fig(CSAM, 2, { content_type: 'video' }),
      ]),
    );
    expect(error).toMatchObject({ code: C.BREAKDOWN_MISMATCH, row: 3 });
    expect(error.message).toContain('by content_type adds up to 9, but by hosting_country to 10');
  });

  it('without a total, accepts breakdowns that agree', () => {
    const result = run([
      fig(CSAM, 6, { hosting_country: 'NL' }),
      fig(CSAM, 4, { hosting_country: 'unknown' }),
      fig(CSAM, 10, { content_type: 'unknown' }),
    ]);
    expect(result.ok).toBe(true);
  });

  describe('cross-tables', () => {
    const base = [
      fig(CSAM, 10, {}, 1),
      fig(CSAM, 6, { hosting_country: 'NL' }, 2),
      fig(CSAM, 4, { hosting_country: 'US' }, 3),
      fig(CSAM, 7, { content_type: 'image' }, 4),
      fig(CSAM, 3, { content_type: 'video' }, 5),
    ];

    it('accepts cells that add up to the figures they refine', () => {
      const result = run([
        ...base,
        fig(CSAM, 5, { hosting_country: 'NL', content_type: 'image' }, 6),
        fig(CSAM, 1, { hosting_country: 'NL', content_type: 'video' }, 7),
        fig(CSAM, 2, { hosting_country: 'US', content_type: 'image' }, 8),
        fig(CSAM, 2, { hosting_country: 'US', content_type: 'video' }, 9),
      ]);
      expect(result.errors).toEqual([]);
    });

    it('reports cells that do not add up, at the refined figure, with both sums', () => {
      const result = run([
        ...base,
        fig(CSAM, 5, { hosting_country: 'NL', content_type: 'image' }, 6),
        fig(CSAM, 2, { hosting_country: 'NL', content_type: 'video' }, 7),
        fig(CSAM, 2, { hosting_country: 'US', content_type: 'image' }, 8),
        fig(CSAM, 1, { hosting_country: 'US', content_type: 'video' }, 9),
      ]);
      // NL: 7 ≠ 6, US: 3 ≠ 4; image: 7 = 7; video: 3 = 3.
      expect(result.errors.map((e) => [e.code, e.row])).toEqual([
        [C.BREAKDOWN_MISMATCH, 2],
        [C.BREAKDOWN_MISMATCH, 3],
      ]);
      expect(result.errors[0]?.message).toContain('hotline.urls.csam (hosting_country=NL) is 6');
      expect(result.errors[0]?.message).toContain('add up to 7');
      expect(result.errors[1]?.message).toContain('is 4');
      expect(result.errors[1]?.message).toContain('add up to 3');
    });

    it('reports cells for a value the breakdown they refine leaves out', () => {
      const result = run([
        ...base,
        fig(CSAM, 6, { hosting_country: 'NL', content_type: 'image' }, 6),
        fig(CSAM, 4, { hosting_country: 'US', content_type: 'video' }, 7),
        fig(CSAM, 1, { hosting_country: 'DE', content_type: 'image' }, 8),
      ]);
      const rows = result.errors.map((e) => e.row);
      expect(codes(result.errors).every((c) => c === C.BREAKDOWN_MISMATCH)).toBe(true);
      expect(rows).toContain(8);
      const de = result.errors.find((e) => e.row === 8);
      expect(de?.message).toContain('hosting_country=DE');
      expect(de?.message).toContain('add up to 1');
    });

    it('checks a cross-table against the total when nothing finer is given', () => {
      const error = expectOnlyError(
        run(
          [
            fig('company.content.actioned', 10, {}, 1),
            fig(
              'company.content.actioned',
              4,
              { content_type: 'image', detection: 'user_report' },
              2,
            ),
            fig('company.content.actioned', 5, { content_type: 'video', detection: 'other' }, 3),
          ],
          company(),
        ),
      );
      expect(error).toMatchObject({ code: C.BREAKDOWN_MISMATCH, row: 1 });
      expect(error.message).toContain('by content_type and detection adds up to 9');
      expect(error.message).toContain('total is 10');
    });

    it('compares exactly, beyond 2^53', () => {
      const max = Number.MAX_SAFE_INTEGER;
      const error = expectOnlyError(
        run([
          fig(CSAM, max),
          fig(CSAM, max, { hosting_country: 'NL' }),
          fig(CSAM, 1, { hosting_country: 'US' }),
        ]),
      );
      expect(error.message).toContain('adds up to 9007199254740992');
    });
  });

  it('does not check the sums of a metric that has a figure with an error', () => {
    const result = run([
      fig(CSAM, 10),
      fig(CSAM, 6, { hosting_country: 'NL' }),
      fig(CSAM, '4.0', { hosting_country: 'US' }),
    ]);
    expect(codes(result.errors)).toEqual([C.NOT_AN_INTEGER]);
  });
});
