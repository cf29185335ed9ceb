import {
  formatApprox,
  formatCount,
  formatPercent,
  measureNoun,
  perPeriod,
  periodLabel,
} from './format';

describe('formatting', () => {
  it.each([
    ['formatCount(1240)', () => formatCount(1240), '1,240'],
    ['formatCount(0)', () => formatCount(0), '0'],
    ['formatCount(12345678.6)', () => formatCount(12345678.6), '12,345,679'],
    ['formatApprox(849.6)', () => formatApprox(849.6), '850'],
    ['formatApprox(1013.6)', () => formatApprox(1013.6), '1,010'],
    ['formatApprox(7.5)', () => formatApprox(7.5), '8'],
    ['formatApprox(2_503_679)', () => formatApprox(2_503_679), '2,500,000'],
    ['formatPercent(45.88)', () => formatPercent(45.88), '46 %'],
    ['formatPercent(0.4)', () => formatPercent(0.4), '0 %'],
    ["periodLabel('2026-03')", () => periodLabel('2026-03'), 'March 2026'],
    ["periodLabel('2026-04', '2026-03')", () => periodLabel('2026-04', '2026-03'), 'April'],
    ["periodLabel('2027-01', '2026-12')", () => periodLabel('2027-01', '2026-12'), 'January 2027'],
    ["periodLabel('2026-Q1')", () => periodLabel('2026-Q1'), 'Q1 2026'],
    ["periodLabel('2026-H2')", () => periodLabel('2026-H2'), 'H2 2026'],
    ["periodLabel('2026', '2026')", () => periodLabel('2026', '2026'), '2026'],
    ["perPeriod('2026-Q1')", () => perPeriod('2026-Q1'), 'a quarter'],
    ["perPeriod('2026-H1')", () => perPeriod('2026-H1'), 'a half-year'],
    [
      "measureNoun({ one: 'report', other: 'reports' }, 1)",
      () => measureNoun({ one: 'report', other: 'reports' }, 1),
      'report',
    ],
    [
      "measureNoun({ one: 'report', other: 'reports' }, 0)",
      () => measureNoun({ one: 'report', other: 'reports' }, 0),
      'reports',
    ],
  ])('%s → %s', (_call, f, expected) => {
    expect(f()).toBe(expected);
  });
});
