import { isWithheld, toTotalPoints } from './network-totals';

describe('isWithheld', () => {
  it.each([
    [[], true],
    [[100], true],
    [[100, 50], true],
    [[100, 50, 20], false],
    // p% rule: others beyond the top two (20) are not below 0.15 × 50 → safe.
    [[50, 30, 20], false],
    // 100 − 80 − 15 = 5 < 0.15 × 80 = 12: the second could estimate the first within 15 %.
    [[80, 5, 15], true],
    [[1000, 10, 10], true],
  ])('%j → %s', (contributions, expected) => {
    expect(isWithheld(contributions)).toBe(expected);
  });
});

describe('toTotalPoints', () => {
  it('sums contributions per period in order and withholds unsafe points', () => {
    const rows = [
      { bucket: '2026-04-01', organizationId: 'a', value: 5 },
      { bucket: '2026-01-01', organizationId: 'a', value: 10 },
      { bucket: '2026-01-01', organizationId: 'b', value: 20 },
      { bucket: '2026-01-01', organizationId: 'c', value: 30 },
    ];
    expect(toTotalPoints(rows, 'quarter')).toEqual([
      { period: '2026-Q1', value: 60, withheld: false },
      { period: '2026-Q2', value: null, withheld: true },
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(toTotalPoints([], 'month')).toEqual([]);
  });
});
