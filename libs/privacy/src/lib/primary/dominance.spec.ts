import {
  dominanceKFromP,
  dominanceUnsafe,
  pFromDominanceK,
  pPercentUnsafe,
  sortedDescending,
} from './dominance';
import { dominanceProtection, pPercentProtection } from './protection-levels';

describe('concentration rules (ESSnet SDC Handbook 4.2)', () => {
  it('T1: X = 100000, x₁ = 50000, x₂ = 49000: safe under (1,90), unsafe under p% p = 10', () => {
    const cell = [50_000, 49_000, 1_000];
    expect(dominanceUnsafe(cell, 1, 90)).toBe(false);
    expect(pPercentUnsafe(cell, 10)).toBe(true); // 1000 < 5000
    // The remainder may be spread over many small contributors: same verdicts.
    const spread = [50_000, 49_000, ...Array.from({ length: 10 }, () => 100)];
    expect(dominanceUnsafe(spread, 1, 90)).toBe(false);
    expect(pPercentUnsafe(spread, 10)).toBe(true);
  });

  it('T2: X = 110000, x₁ = 52000, x₂ = 50000: p% (p = 10) safe, (2, 90.9) unsafe', () => {
    const cell = [52_000, 50_000, 8_000];
    expect(pPercentUnsafe(cell, 10)).toBe(false);
    // The second contributor's estimate of x₁ is 15.4 % too high.
    expect((110_000 - 50_000) / 52_000 - 1).toBeCloseTo(0.154, 3);
    expect(dominanceUnsafe(cell, 2, 90.9)).toBe(true); // 102000 > 99990
  });

  it('T3: contributions 300, 20, 10 are unsafe under (1,85); upper protection 22.94', () => {
    expect(dominanceUnsafe([300, 20, 10], 1, 85)).toBe(true);
    expect(dominanceProtection([300, 20, 10], 1, 85)).toBeCloseTo(22.94, 2);
    // At the protection level the rule is met exactly: 300 = 85 % of 352.94.
    expect(300 / (330 + dominanceProtection([300, 20, 10], 1, 85))).toBeCloseTo(0.85, 12);
  });

  const T4: number[][] = [
    [100],
    [90, 10],
    [80, 20],
    [70, 30],
    [80, 10, 10],
    [70, 10, 10, 10],
    [60, 20, 10, 10],
  ];
  const T4_UNSAFE = [true, true, true, true, false, false, false];

  it('T4: (2,90) dominance is strict — exactly 90 % is safe', () => {
    expect(T4.map((cell) => dominanceUnsafe(cell, 2, 90))).toEqual(T4_UNSAFE);
  });

  it('T4: the p% rule with p = 10 gives the same pattern', () => {
    expect(T4.map((cell) => pPercentUnsafe(cell, 10))).toEqual(T4_UNSAFE);
  });

  it('T7: (2,k) dominance ↔ p%: k = 80 ↔ p = 25, k = 95 ↔ p = 5.26', () => {
    expect(pFromDominanceK(80)).toBe(25);
    expect(pFromDominanceK(95)).toBeCloseTo(5.26, 2);
    expect(dominanceKFromP(25)).toBe(80);
    expect(dominanceKFromP(pFromDominanceK(95))).toBeCloseTo(95, 12);
    // The p% rule is the (1,k) rule seen by the second contributor (x₂ removed from the cell).
    const cells = [...T4, [50, 30, 10, 10], [64, 20, 16], [65, 20, 15], [40, 39, 21]];
    for (const cell of cells) {
      const [x1 = 0, , ...rest] = sortedDescending(cell);
      expect(pPercentUnsafe(cell, 25)).toBe(dominanceUnsafe([x1, ...rest], 1, 80));
    }
  });

  it('p% protection is positive exactly when the rule fails', () => {
    expect(pPercentProtection([50_000, 49_000, 1_000], 10)).toBe(4_000);
    expect(pPercentProtection([80, 10, 10], 10)).toBe(-2);
    expect(pPercentProtection([90, 10], 15)).toBeCloseTo(13.5, 12);
  });

  it('handles empty and zero cells, and rejects bad input', () => {
    expect(dominanceUnsafe([], 1, 90)).toBe(false);
    expect(pPercentUnsafe([0, 0, 0], 15)).toBe(false);
    expect(sortedDescending([3, 9, 1])).toEqual([9, 3, 1]);
    expect(() => sortedDescending([-1])).toThrow(RangeError);
    expect(() => dominanceUnsafe([1], 0, 90)).toThrow(RangeError);
    expect(() => dominanceUnsafe([1], 1, 0)).toThrow(RangeError);
  });
});
