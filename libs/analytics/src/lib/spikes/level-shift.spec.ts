import { detectLevelShifts, nearestChangepoint } from './level-shift';
import { poisson, rng } from './random.fixtures';
import { NILE, monthly } from './vectors.fixtures';

describe('detectLevelShifts', () => {
  it('finds the Nile drop and dates it after observation 28 (PELT)', () => {
    const report = detectLevelShifts(monthly(NILE, '2000-01'));
    expect(report.shifts).toHaveLength(1);
    expect(report.shifts[0]).toMatchObject({
      index: 28,
      period: '2002-05',
      direction: 'down',
      datedBy: 'pelt',
      before: expect.closeTo(1097.75, 1),
    });
    expect(report.shifts[0]?.after).toBeLessThan(900);
  });

  it('finds a step from ~850 to ~1,200 and dates it to the month', () => {
    const u = rng(21);
    const values = Array.from({ length: 60 }, (_, t) => poisson(t < 36 ? 850 : 1200, u));
    const [shift, ...rest] = detectLevelShifts(monthly(values)).shifts;
    expect(rest).toEqual([]);
    expect(shift).toMatchObject({ period: '2025-01', index: 36, direction: 'up' });
    expect(shift?.before).toBeCloseTo(850, -1);
    expect(shift?.after).toBeCloseTo(1200, -1);
    expect(shift?.changePct).toBeCloseTo(41, -1);
  });

  it.each([31, 32, 33, 34])('is quiet on clean data with a trend (seed %p)', (seed) => {
    const u = rng(seed);
    const values = Array.from({ length: 48 }, (_, t) => poisson(500 * Math.exp(0.01 * t), u));
    expect(detectLevelShifts(monthly(values)).shifts).toEqual([]);
  });

  it('a break in series at the step is not a level shift', () => {
    const u = rng(22);
    const values = Array.from({ length: 48 }, (_, t) => poisson(t < 24 ? 850 : 1700, u));
    expect(detectLevelShifts(monthly(values)).shifts).toHaveLength(1);
    expect(detectLevelShifts(monthly(values), { breaks: ['2024-01'] }).shifts).toEqual([]);
  });

  it('12 points or fewer: nothing, and says why', () => {
    const report = detectLevelShifts(monthly([1, 2, 3]));
    expect(report).toMatchObject({
      shifts: [],
      standardized: [null, null, null],
      note: { code: 'too_short' },
    });
    expect(detectLevelShifts(monthly(Array(12).fill(5))).note?.message).toBe(
      'The series has 12 points; a change of level can be judged only after the first 12.',
    );
    const thirteen = detectLevelShifts(monthly(Array(13).fill(5)));
    expect(thirteen.shifts).toEqual([]);
    expect(thirteen.standardized.slice(0, 12)).toEqual(Array(12).fill(null));
    expect(thirteen.standardized[12]).toBeCloseTo(0, 10);
  });
});

describe('nearestChangepoint (dating a CUSUM signal with PELT)', () => {
  it.each([
    [[28], 28, 34, 28],
    [[10, 30, 32, 33], 30, 33, 30],
    [[10, 29, 31], 30, 33, 29],
    [[10, 40], 30, 33, 10],
    [[40], 30, 33, undefined],
    [[], 30, 33, undefined],
  ])(
    'changepoints %p, run start %p, signal %p → %p',
    (changepoints, runStart, signal, expected) => {
      expect(nearestChangepoint(changepoints, runStart, signal)).toBe(expected);
    },
  );
});
