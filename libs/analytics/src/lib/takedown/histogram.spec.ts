import {
  histogramFromHours,
  mergeTakedownHistograms,
  takedownBucketOf,
  toTakedownHistogram,
  totalNotified,
} from './histogram';
import { T14, T15 } from './takedown.fixtures';

describe('takedown histograms', () => {
  it('fill missing buckets with 0 and count every notified item', () => {
    const h = toTakedownHistogram({ '[0,1)': 3, not_removed: 2 });
    expect(h['[2,4)']).toBe(0);
    expect(totalNotified(h)).toBe(5);
  });

  it.each([
    [{ '[0,2)': 1 }, /not a takedown_hours bucket/],
    [{ '[0,1)': -1 }, /non-negative integer/],
    [{ '[0,1)': 1.5 }, /non-negative integer/],
    [{ '[0,1)': Number.NaN }, /non-negative integer/],
  ])('reject %p', (input, message) => {
    expect(() => toTakedownHistogram(input)).toThrow(message);
  });

  it('merge by adding counts, bucket by bucket', () => {
    const merged = mergeTakedownHistograms([
      { '[0,1)': 1, not_removed: 4 },
      { '[0,1)': 2, '[720,∞)': 1 },
    ]);
    expect(merged['[0,1)']).toBe(3);
    expect(merged.not_removed).toBe(4);
    expect(merged['[720,∞)']).toBe(1);
    expect(totalNotified(mergeTakedownHistograms([]))).toBe(0);
  });

  it.each([
    [0, '[0,1)'],
    [0.999, '[0,1)'],
    [1, '[1,2)'],
    [24, '[24,48)'],
    [719.9, '[336,720)'],
    [720, '[720,∞)'],
    [1e9, '[720,∞)'],
    [null, 'not_removed'],
  ])('bins %p h into %p (edges are left-closed)', (hours, code) => {
    expect(takedownBucketOf(hours)).toBe(code);
  });

  it('rejects negative and infinite times', () => {
    expect(() => takedownBucketOf(-1)).toThrow(RangeError);
    expect(() => takedownBucketOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('T15 → T14: binning each submitter and adding the histograms gives the T14 histogram', () => {
    const merged = mergeTakedownHistograms([
      histogramFromHours(T15.A),
      histogramFromHours(T15.B),
      histogramFromHours(T15.C),
    ]);
    expect(merged).toEqual(toTakedownHistogram(T14));
  });
});
