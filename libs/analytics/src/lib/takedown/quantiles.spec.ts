import fc from 'fast-check';
import { expectProperty } from '../spec-helpers';
import { TAKEDOWN_BUCKETS } from '@candor/catalogue';
import { median, weightedNearestRankQuantile } from '../math/descriptive';
import { histogramFromHours, mergeTakedownHistograms, toTakedownHistogram } from './histogram';
import { takedownQuantile } from './quantiles';
import { T14, T15 } from './takedown.fixtures';

describe('T14: quantiles of the merged histogram', () => {
  const h = toTakedownHistogram(T14);

  it('median: bucket [2,4) h, linear interpolation 3.275 h', () => {
    expect(takedownQuantile(h, 0.5)).toEqual({
      q: 0.5,
      kind: 'within',
      bucket: '[2,4)',
      from: 2,
      to: 4,
      point: expect.closeTo(3.275, 10),
      interpolation: 'linear',
    });
  });

  it('p90: bucket [24,48) h, linear interpolation 40.56 h', () => {
    expect(takedownQuantile(h, 0.9)).toMatchObject({
      bucket: '[24,48)',
      point: expect.closeTo(40.56, 10),
    });
  });

  it('geometric interpolation for log-spaced edges: 2·2^0.6375 and 24·2^0.69', () => {
    expect(takedownQuantile(h, 0.5, 'geometric')).toMatchObject({
      point: expect.closeTo(2 * 2 ** 0.6375, 10),
      interpolation: 'geometric',
    });
    expect(takedownQuantile(h, 0.9, 'geometric')).toMatchObject({
      point: expect.closeTo(24 * 2 ** 0.69, 10),
    });
  });

  it('geometric falls back to linear in [0,1)', () => {
    expect(takedownQuantile(h, 0.1, 'geometric')).toMatchObject({
      bucket: '[0,1)',
      point: expect.closeTo(0.37, 10),
      interpolation: 'linear',
    });
  });
});

describe('T15: per-submitter medians cannot be combined', () => {
  const expand = (rows: readonly { hours: number; count: number }[]) =>
    rows.map((r) => ({ value: r.hours, count: r.count }));

  it('submitter medians are 3, 60 and 200 h; their median is 60 h', () => {
    const medians = [T15.A, T15.B, T15.C].map((s) => weightedNearestRankQuantile(expand(s), 0.5));
    expect(medians).toEqual([3, 60, 200]);
    expect(median(medians)).toBe(60);
  });

  it('the pooled median is 3 h and the pooled p90 (nearest rank) 30 h', () => {
    const pooled = [...expand(T15.A), ...expand(T15.B), ...expand(T15.C)];
    expect(weightedNearestRankQuantile(pooled, 0.5)).toBe(3);
    expect(weightedNearestRankQuantile(pooled, 0.9)).toBe(30);
  });

  it('the merged histogram buckets contain the pooled median and p90', () => {
    const merged = mergeTakedownHistograms([T15.A, T15.B, T15.C].map(histogramFromHours));
    expect(takedownQuantile(merged, 0.5)).toMatchObject({ from: 2, to: 4 });
    expect(takedownQuantile(merged, 0.9)).toMatchObject({ from: 24, to: 48 });
  });
});

describe('quantiles beyond the cut-off are never numbers', () => {
  it.each([
    [{ '[0,1)': 1, '[720,∞)': 3 }, '[720,∞)', 720],
    [{ '[0,1)': 1, not_removed: 3 }, 'not_removed', null],
    [{ not_removed: 1 }, 'not_removed', null],
  ])('%p → %p', (input, bucket, cutoffHours) => {
    expect(takedownQuantile(toTakedownHistogram(input), 0.5)).toEqual({
      q: 0.5,
      kind: 'beyond_cutoff',
      bucket,
      cutoffHours,
    });
  });

  it('an empty histogram has no quantile; q outside [0, 1] is refused', () => {
    expect(takedownQuantile(toTakedownHistogram({}), 0.5)).toBeNull();
    expect(() => takedownQuantile(toTakedownHistogram(T14), 1.1)).toThrow(RangeError);
  });

  it('edges: q = 0 is in the first non-empty bucket, q = 1 in the last', () => {
    const h = toTakedownHistogram({ '[2,4)': 5, '[8,12)': 5 });
    expect(takedownQuantile(h, 0)).toMatchObject({ bucket: '[2,4)', point: 2 });
    expect(takedownQuantile(h, 1)).toMatchObject({ bucket: '[8,12)', point: 12 });
  });
});

describe('properties', () => {
  const finite = TAKEDOWN_BUCKETS.filter((b) => Number.isFinite(b.to));
  const times = fc.array(
    fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constant(null)),
    { minLength: 1, maxLength: 200 },
  );

  it('the bucket interval contains the nearest-rank quantile of the raw times and the point', () => {
    expectProperty(
      fc.property(times, fc.double({ min: 0, max: 1, noNaN: true }), (raw, q) => {
        const h = histogramFromHours(raw.map((hours) => ({ hours })));
        const result = takedownQuantile(h, q);
        const exact = weightedNearestRankQuantile(
          raw.map((t) => ({ value: t ?? Number.MAX_VALUE, count: 1 })),
          q,
        );
        if (result === null) return false;
        if (result.kind === 'beyond_cutoff') {
          return result.cutoffHours === null ? exact === Number.MAX_VALUE : exact >= 720;
        }
        return (
          finite.some((b) => b.code === result.bucket) &&
          result.from <= exact &&
          exact < result.to &&
          result.from <= result.point &&
          result.point <= result.to
        );
      }),
    );
  });
});
