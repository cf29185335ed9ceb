import { VALIDATION_CODES as C } from './error-codes';
import { codes, doc, fig, hotline, expectOnlyError, run } from './spec-helpers';
import { validateDocument } from './validate-document';

const received = fig('hotline.reports.received', 10);

describe('period checks', () => {
  describe('INVALID_PERIOD', () => {
    it.each(['2026-13', '2026-Q5', '2026-3', ' 2026-03', '1989', 'March 2026'])(
      'refuses %j in the period column',
      (period) => {
        const error = expectOnlyError(run([received], hotline(), period));
        expect(error).toMatchObject({ code: C.INVALID_PERIOD, column: 'period', period });
        expect(error.message).toContain('YYYY-MM');
      },
    );

    it('says so when the period is empty', () => {
      expect(expectOnlyError(run([received], hotline(), '')).message).toMatch(
        /^The period is empty/,
      );
    });

    it('carries the CSV row of the first figure when figures have rows', () => {
      const error = expectOnlyError(
        run([fig('hotline.reports.received', 1, {}, 5)], hotline(), '2026-3'),
      );
      expect(error.row).toBe(5);
    });

    it.each(['2026-03', '2026-Q1', '2025-H2', '2025'])('accepts %s', (period) => {
      expect(run([received], hotline(), period).ok).toBe(true);
    });
  });

  describe('PERIOD_NOT_ALLOWED', () => {
    it.each(['2026-05', '2026-Q2', '2026-H1', '2026', '2027-01'])(
      'refuses %s, which has not ended on 2026-05-15',
      (period) => {
        const error = expectOnlyError(run([received], hotline(), period));
        expect(error).toMatchObject({ code: C.PERIOD_NOT_ALLOWED, column: 'period' });
      },
    );

    it('names the last day of the period', () => {
      expect(expectOnlyError(run([received], hotline(), '2026-Q2')).message).toContain(
        '2026-06-30',
      );
    });

    it('accepts a period from the instant it has ended (UTC)', () => {
      const ctx = hotline({ now: new Date('2026-04-01T00:00:00Z') });
      expect(run([received], ctx, '2026-Q1').ok).toBe(true);
      const before = hotline({ now: new Date('2026-03-31T23:59:59Z') });
      expect(codes(run([received], before, '2026-Q1').errors)).toEqual([C.PERIOD_NOT_ALLOWED]);
    });

    it('refuses a quarter when a month in it was submitted for the same metric', () => {
      const ctx = hotline({
        otherPeriods: [{ period: '2026-02', metrics: ['hotline.reports.received'] }],
      });
      const error = expectOnlyError(
        run([fig('hotline.reports.assessed', 4), received], ctx, '2026-Q1'),
      );
      expect(error).toMatchObject({
        code: C.PERIOD_NOT_ALLOWED,
        column: 'period',
        metric: 'hotline.reports.received',
        row: 2,
      });
      expect(error.message).toContain('2026-02');
      expect(error.message).toContain('2026-Q1');
    });

    it('refuses a month inside a year and a half already submitted, listing both', () => {
      const ctx = hotline({
        otherPeriods: [
          { period: '2025', metrics: ['hotline.reports.received'] },
          { period: '2025-H2', metrics: ['hotline.reports.received', 'hotline.urls.csam'] },
        ],
      });
      const error = expectOnlyError(run([received], ctx, '2025-08'));
      expect(error.message).toContain('2025 and 2025-H2');
    });

    it.each([
      ['another metric in an overlapping period', '2026-02', ['hotline.urls.csam']],
      [
        'the same metric in a period that does not overlap',
        '2026-04',
        ['hotline.reports.received'],
      ],
      ['the same period code (a resubmission)', '2026-Q1', ['hotline.reports.received']],
      ['an unparseable period on record', '2026-2', ['hotline.reports.received']],
    ])('accepts %s', (_label, period, metrics) => {
      const ctx = hotline({ otherPeriods: [{ period, metrics }] });
      expect(run([received], ctx, '2026-Q1').errors).toEqual([]);
    });
  });

  describe('EMPTY_SUBMISSION', () => {
    it('refuses a document without figures', () => {
      const error = expectOnlyError(run([], hotline()));
      expect(error).toMatchObject({ code: C.EMPTY_SUBMISSION, period: '2026-03' });
      expect(error.message).toContain('"2026-03"');
    });

    it('treats missing figures as empty instead of throwing', () => {
      const broken = { period: '2026-03' } as unknown as ReturnType<typeof doc>;
      expect(codes(validateDocument(broken, hotline()).errors)).toEqual([C.EMPTY_SUBMISSION]);
    });

    it('accepts one figure, even a 0', () => {
      expect(run([fig('hotline.reports.received', 0)]).ok).toBe(true);
    });
  });
});
