import fc from 'fast-check';
import { expectProperty } from '../spec-helpers';
import { TAKEDOWN_CODES, mergeTakedownHistograms, toTakedownHistogram } from './histogram';
import { TAKEDOWN_HORIZONS, shareRemovedWithin } from './shares';
import { T14 } from './takedown.fixtures';

describe('shares removed within 24 h, 72 h and 7 days', () => {
  it('T14: 0.8378, 0.9640 and 0.9910', () => {
    const h = toTakedownHistogram(T14);
    expect(shareRemovedWithin(h, 24)).toBeCloseTo(0.8378, 4);
    expect(shareRemovedWithin(h, 72)).toBeCloseTo(0.964, 4);
    expect(shareRemovedWithin(h, 168)).toBeCloseTo(0.991, 4);
  });

  it('divide by all notified items, not-removed included', () => {
    const h = toTakedownHistogram({ '[0,1)': 50, not_removed: 50 });
    expect(shareRemovedWithin(h, 24)).toBe(0.5);
  });

  it('are null for an empty histogram and refuse a time that is not a bucket edge', () => {
    expect(shareRemovedWithin(toTakedownHistogram({}), 24)).toBeNull();
    expect(() => shareRemovedWithin(toTakedownHistogram(T14), 36)).toThrow(/not a bucket edge/);
  });

  it('handle huge counts', () => {
    const h = toTakedownHistogram({ '[0,1)': 2 ** 51, '[720,∞)': 2 ** 51 });
    expect(shareRemovedWithin(h, 168)).toBe(0.5);
  });

  it('property: merged shares are monotone, 24 h ≤ 72 h ≤ 7 d ≤ 1', () => {
    const histogram = fc.record(
      Object.fromEntries(TAKEDOWN_CODES.map((c) => [c, fc.nat({ max: 1e6 })])) as Record<
        string,
        fc.Arbitrary<number>
      >,
    );
    expectProperty(
      fc.property(fc.array(histogram, { maxLength: 5 }), (parts) => {
        const h = mergeTakedownHistograms(parts);
        const [a, b, c] = Object.values(TAKEDOWN_HORIZONS).map((hours) =>
          shareRemovedWithin(h, hours),
        );
        if (a === null || b === null || c === null) return a === null && b === null && c === null;
        return 0 <= a && a <= b && b <= c && c <= 1;
      }),
    );
  });
});
