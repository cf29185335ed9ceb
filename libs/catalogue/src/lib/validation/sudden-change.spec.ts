import type { Figure } from '../types';
import { WARNING_CODES as W } from './error-codes';
import { fig, hotline, run } from './spec-helpers';

const before = (value: number, dimensions: Figure['dimensions'] = {}): Figure => ({
  metric: 'hotline.urls.csam',
  dimensions,
  value,
});

describe('SUDDEN_CHANGE', () => {
  it.each([
    [100, 1001, true],
    [100, 1000, false],
    [100, 10, false],
    [100, 9, true],
    [100, 0, true],
    [0, 5000, false],
    [1, 11, true],
  ])('previous %d, now %d → warns: %s', (previous, now, warns) => {
    const result = run([fig('hotline.urls.csam', now)], hotline({ previous: [before(previous)] }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(warns ? [W.SUDDEN_CHANGE] : []);
  });

  it('names the row, the column and both values', () => {
    const result = run(
      [
        fig('hotline.reports.received', 10, {}, 2),
        fig('hotline.urls.csam', 5000, { hosting_country: 'NL' }, 3),
      ],
      hotline({
        previous: [
          { metric: 'hotline.reports.received', dimensions: {}, value: 10 },
          before(12, { hosting_country: 'NL' }),
        ],
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ row: 3, column: 'value', period: '2026-03' });
    expect(result.warnings[0]?.message).toContain('is 5000, against 12');
  });

  it('ignores series absent from the previous period', () => {
    const result = run(
      [fig('hotline.urls.csam', 5000, { hosting_country: 'NL' })],
      hotline({ previous: [before(1)] }),
    );
    expect(result.warnings).toEqual([]);
  });

  it('does not block the submission', () => {
    const result = run([fig('hotline.urls.csam', 5000)], hotline({ previous: [before(1)] }));
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });
});
