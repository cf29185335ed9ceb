import {
  mad,
  mean,
  median,
  nearestRankQuantile,
  sampleSd,
  weightedNearestRankQuantile,
} from './descriptive';

describe('descriptive statistics', () => {
  it.each([
    ['mean', () => mean([1, 2, 3, 4]), 2.5],
    ['median (odd)', () => median([5, 1, 3]), 3],
    ['median (even)', () => median([4, 1, 3, 2]), 2.5],
    ['sample sd', () => sampleSd([2, 4, 4, 4, 5, 5, 7, 9]), 2.138089935299395],
    ['sample sd of one value', () => sampleSd([7]), 0],
    ['MAD × 1.4826', () => mad([1, 2, 3, 4, 100]), 1.4826],
    ['unscaled MAD', () => mad([1, 2, 3, 4, 100], 1), 1],
  ])('%s', (_name, f, expected) => {
    expect(f()).toBeCloseTo(expected, 12);
  });

  it('rejects empty and non-finite input', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('nearest-rank quantile', () => {
  it.each([
    [[15, 20, 35, 40, 50], 0.3, 20],
    [[15, 20, 35, 40, 50], 0.4, 20],
    [[15, 20, 35, 40, 50], 0.5, 35],
    [[15, 20, 35, 40, 50], 1, 50],
    [[15, 20, 35, 40, 50], 0, 15],
    [[3, 6, 7, 8, 8, 10, 13, 15, 16, 20], 0.25, 7],
    [[3, 6, 7, 8, 8, 10, 13, 15, 16, 20], 0.75, 15],
    [[42], 0.9, 42],
  ])('%p at q = %p is %p (Wikipedia examples)', (values, q, expected) => {
    expect(nearestRankQuantile(values, q)).toBe(expected);
  });

  it('is not pushed past an exact rank by floating point (0.9 × 1110)', () => {
    const values = [
      { value: 1, count: 999 },
      { value: 2, count: 111 },
    ];
    expect(weightedNearestRankQuantile(values, 0.9)).toBe(1);
  });

  it('rejects empty input, bad q and bad counts', () => {
    expect(() => nearestRankQuantile([], 0.5)).toThrow(RangeError);
    expect(() => nearestRankQuantile([1], 1.5)).toThrow(RangeError);
    expect(() => weightedNearestRankQuantile([{ value: 1, count: 0.5 }], 0.5)).toThrow(RangeError);
  });
});
