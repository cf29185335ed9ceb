import { Random } from './random';
import { addCounts, count, splitLargestRemainder, sum } from './split';

describe('splitLargestRemainder', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [0, [1, 2, 3], [0, 0, 0]],
    [7, [0, 0], [4, 3]],
    [5, [0, 1, 0], [0, 5, 0]],
    [100, [0.5, 0.3, 0.2], [50, 30, 20]],
    [3, [2, 1, 1], [1, 1, 1]],
    [4, [2, 1, 1], [2, 1, 1]],
    [1, [1, 1, 1], [1, 0, 0]],
    [0, [], []],
  ])('splits %d over %j into %j', (total, weights, expected) => {
    expect(splitLargestRemainder(total, weights)).toEqual(expected);
  });

  it('rejects negative, fractional and unsafe totals and bad weights', () => {
    expect(() => splitLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(Number.NaN, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(3, [])).toThrow(RangeError);
    expect(() => splitLargestRemainder(3, [1, -1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(3, [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('always adds up exactly, with non-negative integer parts', () => {
    const random = new Random(2026);
    for (let i = 0; i < 500; i++) {
      const total = random.integer(0, 10 ** random.integer(0, 7));
      const weights = Array.from({ length: random.integer(1, 14) }, () =>
        random.chance(0.2) ? 0 : random.uniform(0, 1) ** 3,
      );
      const parts = splitLargestRemainder(total, weights);
      expect(sum(parts)).toBe(total);
      for (const p of parts) {
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('never gives a part more than its cap when splitting a smaller count over integer caps', () => {
    const random = new Random(7);
    for (let i = 0; i < 500; i++) {
      const caps = Array.from({ length: random.integer(1, 8) }, () => random.integer(0, 5000));
      const part = random.integer(0, sum(caps));
      splitLargestRemainder(part, caps).forEach((p, k) =>
        expect(p).toBeLessThanOrEqual(caps[k] as number),
      );
    }
  });
});

describe('count helpers', () => {
  it('rounds to a non-negative integer', () => {
    expect([count(2.5), count(-3), count(Number.NaN), count(0.4)]).toEqual([3, 0, 0, 0]);
  });

  it('adds count vectors element-wise', () => {
    expect(addCounts([1, 2], [3, 4], [5, 6])).toEqual([9, 12]);
    expect(addCounts()).toEqual([]);
  });
});
