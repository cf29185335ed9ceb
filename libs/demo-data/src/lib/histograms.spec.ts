import { NOT_REMOVED, REPEAT_BUCKETS } from '@candor/catalogue';
import {
  REPEAT_CODES,
  TAKEDOWN_CODES,
  repeatHistogram,
  repeatModel,
  takedownHistogram,
  takedownShares,
} from './histograms';
import { Random } from './random';
import { sum } from './split';

const within24h = (shares: readonly number[]): number => sum(shares.slice(0, 6));

describe('takedown histograms', () => {
  it('cover every takedown_hours bucket, not_removed last', () => {
    expect(TAKEDOWN_CODES).toHaveLength(13);
    expect(TAKEDOWN_CODES[12]).toBe(NOT_REMOVED);
  });

  it('have shares that add up to 1 with the not-removed share last', () => {
    const shares = takedownShares({ medianHours: 30, sigma: 1.4, notRemoved: 0.04 });
    expect(sum(shares)).toBeCloseTo(1, 6);
    expect(shares[12]).toBeCloseTo(0.04, 10);
    expect(shares.every((s) => s >= 0)).toBe(true);
  });

  it('put about half of the removed items below the median', () => {
    const shares = takedownShares({ medianHours: 24, sigma: 1.2, notRemoved: 0 });
    expect(within24h(shares)).toBeCloseTo(0.5, 3);
  });

  it('move mass to the fast buckets when the median falls', () => {
    const slow = takedownShares({ medianHours: 48, sigma: 1.4, notRemoved: 0.03 });
    const fast = takedownShares({ medianHours: 6, sigma: 1.4, notRemoved: 0.01 });
    expect(within24h(fast)).toBeGreaterThan(within24h(slow));
  });

  it.each([0, 1, 17, 25000])('split %d items into every bucket exactly', (total) => {
    const histogram = takedownHistogram(new Random(1), total, {
      medianHours: 20,
      sigma: 1.3,
      notRemoved: 0.02,
    });
    expect(histogram).toHaveLength(13);
    expect(sum(histogram)).toBe(total);
  });
});

describe('repeat histograms', () => {
  const model = repeatModel(2.4);

  it('model shares add up to 1 and bucket means lie within the bucket', () => {
    expect(sum(model.shares)).toBeCloseTo(1, 10);
    model.means.forEach((mean, i) => {
      const bucket = REPEAT_BUCKETS[i] as { from: number; to: number };
      expect(mean).toBeGreaterThanOrEqual(bucket.from);
      expect(mean).toBeLessThanOrEqual(bucket.to);
    });
    expect(model.filesPerItem).toBeGreaterThan(1.5);
    expect(model.filesPerItem).toBeLessThan(4);
  });

  it.each([0, 1, 40, 3000, 250000])('stay consistent with %d files', (files) => {
    const h = repeatHistogram(files, model);
    expect(h.items).toHaveLength(REPEAT_CODES.length);
    expect(sum(h.items)).toBe(h.distinct);
    expect(sum(h.files)).toBe(h.totalFiles);
    expect(h.distinct).toBeLessThanOrEqual(h.totalFiles);
    expect(h.top10).toBeLessThanOrEqual(h.totalFiles);
    h.items.forEach((n, i) => {
      const bucket = REPEAT_BUCKETS[i] as { from: number; to: number };
      expect(h.files[i]).toBeGreaterThanOrEqual(n * bucket.from);
      if (Number.isFinite(bucket.to)) expect(h.files[i]).toBeLessThanOrEqual(n * bucket.to);
    });
  });

  it('put viral items in the high buckets and at the top', () => {
    const ordinary = repeatHistogram(20000, model);
    const viral = repeatHistogram(20000, model, [9000, 5000, 800]);
    expect(viral.items[6]).toBe((ordinary.items[6] as number) + 2);
    expect(viral.items[5]).toBe((ordinary.items[5] as number) + 1);
    expect(viral.totalFiles).toBe(ordinary.totalFiles + 14800);
    expect(viral.top10).toBeGreaterThanOrEqual(14800);
    expect(viral.top10 / viral.totalFiles).toBeGreaterThan(ordinary.top10 / ordinary.totalFiles);
  });
});
