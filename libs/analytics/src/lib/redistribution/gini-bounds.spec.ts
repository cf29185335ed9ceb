import fc from 'fast-check';
import { expectProperty } from '../spec-helpers';
import { REPEAT_BUCKETS } from '@candor/catalogue';
import { gini } from './gini';
import { giniBounds } from './gini-bounds';

function histogramOf(filesPerItem: readonly number[]): Record<string, number> {
  const h: Record<string, number> = {};
  for (const x of filesPerItem) {
    const b = REPEAT_BUCKETS.find((r) => x >= r.from && x <= r.to);
    if (!b) throw new Error(`no bucket for ${x}`);
    h[b.code] = (h[b.code] ?? 0) + 1;
  }
  return h;
}

/** Every integer allocation of `files` over items within their buckets (small cases only). */
function exhaustive(
  histogram: Record<string, number>,
  files: number,
): { min: number; max: number } {
  const ranges = REPEAT_BUCKETS.flatMap((b) =>
    Array.from({ length: histogram[b.code] ?? 0 }, () => [b.from, Math.min(b.to, files)] as const),
  );
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const walk = (i: number, left: number, acc: number[]): void => {
    if (i === ranges.length) {
      if (left === 0) {
        const g = gini(acc);
        min = Math.min(min, g);
        max = Math.max(max, g);
      }
      return;
    }
    const [lo, hi] = ranges[i] as readonly [number, number];
    for (let x = lo; x <= Math.min(hi, left); x++) walk(i + 1, left - x, [...acc, x]);
  };
  walk(0, files, []);
  return { min, max };
}

describe('Gini bounds from the repeat histogram', () => {
  it('buckets of one value (1 and 2 files) leave nothing to bound: lower = upper = the Gini', () => {
    const b = giniBounds({ '1': 3, '2': 1 }, 5);
    expect(b?.lower).toBeCloseTo(gini([1, 1, 1, 2]), 14);
    expect(b?.upper).toBeCloseTo(gini([1, 1, 1, 2]), 14);
  });

  it.each([
    [{ '1': 2, '3-5': 2 }, 10],
    [{ '1': 1, '3-5': 3 }, 13],
    [{ '2': 1, '6-10': 2, '11-100': 1 }, 30],
    [{ '3-5': 3, '6-10': 1 }, 16],
    [{ '1': 2, '1001+': 1 }, 1010],
  ])(
    'contain every integer allocation of %p with %p files, and come close to the extremes',
    (h, files) => {
      const b = giniBounds(h, files);
      const { min, max } = exhaustive(h, files);
      expect(b!.lower).toBeLessThanOrEqual(min + 1e-12);
      expect(b!.upper).toBeGreaterThanOrEqual(max - 1e-12);
      // The gap is integer rounding only (real-valued file counts attain the bounds).
      expect(min - b!.lower).toBeLessThan(0.035);
      expect(b!.upper - max).toBeLessThan(0.035);
    },
  );

  it('are attained by the equal and the most unequal allocations (3 items in 3-5, 1 in 6-10, 16 files)', () => {
    const b = giniBounds({ '3-5': 3, '6-10': 1 }, 16);
    expect(b?.lower).toBeCloseTo(gini([10 / 3, 10 / 3, 10 / 3, 6]), 14);
    expect(b?.upper).toBeCloseTo(gini([3, 3, 3, 7]), 14);
  });

  it('the open bucket: one item can hold everything above the others’ minimum', () => {
    const b = giniBounds({ '1': 9, '1001+': 1 }, 2009);
    expect(b?.lower).toBeCloseTo(gini([...Array(9).fill(1), 2000]), 12);
    expect(b?.upper).toBeCloseTo(b!.lower, 12);
  });

  it('null without items; errors when the files do not fit the histogram', () => {
    expect(giniBounds({}, 0)).toBeNull();
    expect(() => giniBounds({ '3-5': 2 }, 5)).toThrow(/fewer than the 6/);
    expect(() => giniBounds({ '3-5': 2 }, 11)).toThrow(
      /more than the repeat histogram allows \(10\)/,
    );
    expect(() => giniBounds({ '1': 1 }, 0)).toThrow(RangeError);
    expect(() => giniBounds({ '7': 1 }, 7)).toThrow(/not a repeat bucket/);
    expect(() => giniBounds({ '1': -1 }, 1)).toThrow(/non-negative integer/);
  });

  it('handles huge histograms in constant time per bucket', () => {
    const b = giniBounds(
      { '1': 5e7, '2': 1e7, '3-5': 5e6, '6-10': 1e6, '11-100': 2e5, '101-1000': 1e4, '1001+': 100 },
      2e8,
    );
    expect(b!.lower).toBeGreaterThan(0);
    expect(b!.lower).toBeLessThanOrEqual(b!.upper);
    expect(b!.upper).toBeLessThanOrEqual(1);
  });

  it('property: the Gini of any raw files-per-item list lies within its bounds, 0 ≤ lower ≤ upper ≤ 1', () => {
    const perItem = fc.oneof(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 150 }),
      fc.integer({ min: 1, max: 3000 }),
    );
    expectProperty(
      fc.property(fc.array(perItem, { minLength: 1, maxLength: 60 }), (items) => {
        const files = items.reduce((s, v) => s + v, 0);
        const b = giniBounds(histogramOf(items), files);
        const g = gini(items);
        return (
          b !== null && 0 <= b.lower && b.lower <= g + 1e-12 && g <= b.upper + 1e-12 && b.upper <= 1
        );
      }),
    );
  });
});
