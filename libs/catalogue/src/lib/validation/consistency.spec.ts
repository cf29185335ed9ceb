import { REPEAT_BUCKETS } from '../dimensions';
import { VALIDATION_CODES as C } from './error-codes';
import { buckets, codes, company, fig, hotline, expectOnlyError, run } from './spec-helpers';

const repeat = (values: number[]) =>
  buckets(
    'content.items.by_repeat',
    'repeat',
    REPEAT_BUCKETS.map((b, i) => [b.code, values[i] ?? 0] as const),
  );

describe('INCONSISTENT_FIGURES', () => {
  describe('hotline reports', () => {
    const reports = (received: number, assessed: number, csam: number) => [
      fig('hotline.reports.received', received),
      fig('hotline.reports.assessed', assessed),
      fig('hotline.reports.csam', csam),
    ];

    it('accepts assessed and csam up to received', () => {
      expect(run(reports(100, 100, 40)).ok).toBe(true);
    });

    it('reports assessed above received, at the assessed row, with both values', () => {
      const error = expectOnlyError(run(reports(100, 120, 40)));
      expect(error).toMatchObject({
        code: C.INCONSISTENT_FIGURES,
        row: 2,
        column: 'value',
        metric: 'hotline.reports.assessed',
      });
      expect(error.message).toContain('is 120, more than hotline.reports.received, which is 100');
    });

    it('reports csam above received', () => {
      expect(expectOnlyError(run(reports(100, 90, 101))).row).toBe(3);
    });

    it('compares only when all three totals are given', () => {
      const result = run([
        fig('hotline.reports.received', 100),
        fig('hotline.reports.assessed', 120),
      ]);
      expect(result.ok).toBe(true);
    });
  });

  describe('parts of content.files.reported', () => {
    it.each([
      ['content.files.known', 11],
      ['content.files.top10', 11],
      ['content.items.distinct', 11],
    ])('reports a %s total above the files reported', (metric, value) => {
      const error = expectOnlyError(
        run([fig('content.files.reported', 10), fig(metric, value)], company()),
      );
      expect(error).toMatchObject({ code: C.INCONSISTENT_FIGURES, row: 2, metric });
      expect(error.message).toContain('more than content.files.reported, which is 10');
    });

    it('compares per content_type where both carry it', () => {
      const result = run(
        [
          fig('content.files.reported', 10, { content_type: 'image' }),
          fig('content.files.reported', 2, { content_type: 'video' }),
          fig('content.files.known', 8, { content_type: 'image' }),
          fig('content.files.known', 4, { content_type: 'video' }),
        ],
        hotline(),
      );
      const error = expectOnlyError(result);
      expect(error.row).toBe(4);
      expect(error.message).toContain('content.files.known (content_type=video) is 4');
      expect(error.message).toContain('content.files.reported (content_type=video), which is 2');
    });

    it('accepts parts up to the files reported, and parts without a counterpart', () => {
      const result = run(
        [
          fig('content.files.reported', 10),
          fig('content.files.known', 10),
          fig('content.files.top10', 3),
          fig('content.items.distinct', 4),
          fig('content.items.distinct', 4, { content_type: 'image' }),
          fig('content.files.known', 4, { content_type: 'image', match: 'exact' }),
        ],
        company(),
      );
      expect(codes(result.errors)).not.toContain(C.INCONSISTENT_FIGURES);
    });
  });

  describe('content.items.by_repeat', () => {
    it('accepts a histogram that sums to the distinct items', () => {
      expect(run([fig('content.items.distinct', 10), ...repeat([5, 3, 2])], company()).ok).toBe(
        true,
      );
    });

    it('reports a histogram that does not, at the distinct row, with both sums', () => {
      const error = expectOnlyError(run([fig('content.items.distinct', 10), ...repeat([5, 3])]));
      expect(error).toMatchObject({
        code: C.INCONSISTENT_FIGURES,
        row: 1,
        metric: 'content.items.distinct',
      });
      expect(error.message).toContain('is 10');
      expect(error.message).toContain('adds up to 8');
    });
  });

  describe('hotline.urls.new_content', () => {
    it('reports more new-content URLs than CSAM URLs', () => {
      const error = expectOnlyError(
        run([fig('hotline.urls.csam', 5), fig('hotline.urls.new_content', 6)]),
      );
      expect(error).toMatchObject({ code: C.INCONSISTENT_FIGURES, row: 2 });
    });

    it('accepts equal totals', () => {
      expect(run([fig('hotline.urls.csam', 5), fig('hotline.urls.new_content', 5)]).ok).toBe(true);
    });
  });
});
