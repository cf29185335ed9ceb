import { NOT_REMOVED, REPEAT_BUCKETS, TAKEDOWN_BUCKETS } from '../dimensions';
import { VALIDATION_CODES as C } from './error-codes';
import { buckets, codes, company, fig, expectOnlyError, run } from './spec-helpers';

const TAKEDOWN = [...TAKEDOWN_BUCKETS.map((b) => b.code), NOT_REMOVED];
const all = (value: number) => TAKEDOWN.map((code) => [code, value] as const);

describe('HISTOGRAM_INCOMPLETE', () => {
  it('accepts a takedown histogram with every bucket, zeros included', () => {
    const figures = buckets('hotline.takedown', 'takedown_hours', all(0));
    expect(figures).toHaveLength(13);
    expect(run(figures).ok).toBe(true);
  });

  it('reports missing buckets, listing them, at the first row and the histogram column', () => {
    const figures = buckets(
      'hotline.takedown',
      'takedown_hours',
      all(1).filter(([code]) => code !== '[48,72)' && code !== NOT_REMOVED),
    );
    const error = expectOnlyError(run(figures));
    expect(error).toMatchObject({
      code: C.HISTOGRAM_INCOMPLETE,
      row: 1,
      column: 'takedown_hours',
      metric: 'hotline.takedown',
    });
    expect(error.message).toContain('11 of the 13');
    expect(error.message).toContain('[48,72) and not_removed');
  });

  it('checks every combination of the other dimensions', () => {
    const nl = buckets('hotline.takedown', 'takedown_hours', all(1), { hosting_country: 'NL' });
    const us = buckets('hotline.takedown', 'takedown_hours', all(1), { hosting_country: 'US' });
    const error = expectOnlyError(run([...nl, ...us.slice(1)]));
    expect(error.row).toBe(14); // the first US row: 13 NL buckets come before
    expect(error.message).toContain('hosting_country=US');
    expect(error.message).toContain('[0,1)');
  });

  it('checks the repeat histogram of a company', () => {
    const figures = buckets(
      'content.items.by_repeat',
      'repeat',
      REPEAT_BUCKETS.slice(0, 3).map((b) => [b.code, 1] as const),
    );
    expect(codes(run(figures, company()).errors)).toEqual([C.HISTOGRAM_INCOMPLETE]);
  });

  it('accepts a complete repeat histogram', () => {
    const figures = buckets(
      'content.items.by_repeat',
      'repeat',
      REPEAT_BUCKETS.map((b) => [b.code, 2] as const),
    );
    expect(run(figures, company()).ok).toBe(true);
  });

  it('accepts a metric without any histogram figure (none of the buckets)', () => {
    expect(run([fig('hotline.reports.received', 1)]).ok).toBe(true);
  });
});
