import { randomRound, roundTable, stableDraw, stableRound, stableUniform } from './rounding';

const KEY = 'test key: not a release key';
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `metric|NL|2026-${i}`);

/** Frequencies of each rounded value of `value` over many distinct cells. */
function frequencies(value: number, base: number, n = 60_000): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids(n)) {
    const rounded = stableRound(value, id, { base, key: KEY, series: 'candor-2026' });
    counts.set(rounded, (counts.get(rounded) ?? 0) + 1);
  }
  return new Map([...counts].map(([rounded, count]) => [rounded, count / n]));
}

/** 5.5 standard errors of a frequency p over n draws. */
const tolerance = (p: number, n = 60_000): number => 5.5 * Math.sqrt((p * (1 - p)) / n);

describe('random rounding (T8)', () => {
  it('base 3: 1 → 0 w.p. 2/3 and 3 w.p. 1/3; 2 → 3 w.p. 2/3', () => {
    const one = frequencies(1, 3);
    expect([...one.keys()].sort()).toEqual([0, 3]);
    expect(Math.abs((one.get(3) ?? 0) - 1 / 3)).toBeLessThan(tolerance(1 / 3));
    const two = frequencies(2, 3);
    expect(Math.abs((two.get(3) ?? 0) - 2 / 3)).toBeLessThan(tolerance(2 / 3));
  });

  it('base 5: 7 → 10 w.p. 0.4, and the mean is the value', () => {
    const seven = frequencies(7, 5);
    expect(Math.abs((seven.get(10) ?? 0) - 0.4)).toBeLessThan(tolerance(0.4));
    const mean = [...seven].reduce((sum, [rounded, p]) => sum + rounded * p, 0);
    // sd of one rounded value is 5·√(0.4·0.6) ≈ 2.45
    expect(Math.abs(mean - 7)).toBeLessThan((5.5 * 2.45) / Math.sqrt(60_000));
  });

  it('leaves multiples of the base alone', () => {
    for (const value of [0, 5, 10, 1_000_000]) {
      expect(stableRound(value, 'x', { base: 5, key: KEY, series: 's' })).toBe(value);
    }
  });

  it('is stable: same key, series and cell round the same way; another series draws anew', () => {
    const options = { base: 10, key: KEY, series: 'candor-2026' };
    const first = ids(200).map((id) => stableRound(17, id, options));
    expect(ids(200).map((id) => stableRound(17, id, options))).toEqual(first);
    const other = ids(200).map((id) => stableRound(17, id, { ...options, series: 'other' }));
    expect(other).not.toEqual(first);
    expect(stableDraw(KEY, 's', 'a')).toBe(stableDraw(Buffer.from(KEY), 's', 'a'));
  });

  it('draws 53 uniform bits in [0, 1)', () => {
    const draws = ids(2000).map((id) => stableUniform(KEY, 's', id));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.some((u) => !Number.isInteger(u * 2 ** 40))).toBe(true);
  });

  it('compares the draw with r/b exactly', () => {
    // base 3, r = 1: round up iff draw < 2⁵³/3 = 3002399751580330.67
    expect(randomRound(1, 3, 3_002_399_751_580_330n)).toBe(3);
    expect(randomRound(1, 3, 3_002_399_751_580_331n)).toBe(0);
    expect(randomRound(4, 3, 0n)).toBe(6);
    expect(randomRound(4, 3, 2n ** 53n - 1n)).toBe(3);
    expect(() => randomRound(-1, 3, 0n)).toThrow(RangeError);
    expect(() => randomRound(1.5, 3, 0n)).toThrow(RangeError);
    expect(() => randomRound(1, 1, 0n)).toThrow(RangeError);
    expect(() => randomRound(1, 3, 2n ** 53n)).toThrow(RangeError);
  });
});

describe('roundTable', () => {
  it('never rounds a part above its total, and keeps each cell unbiased', () => {
    // part 12 ≤ total 14 in the same interval [10, 20): rounded independently, 12 → 20 and
    // 14 → 10 would happen in about 12 % of series.
    const values = new Map([
      ['t', 14],
      ['p', 12],
      ['q', 2],
    ]);
    const equations = [{ total: 't', parts: ['p', 'q'] }];
    const n = 4000;
    let sumP = 0;
    for (let i = 0; i < n; i += 1) {
      const rounded = roundTable(values, equations, { base: 10, key: KEY, series: `s${i}` });
      expect(rounded.get('p') ?? NaN).toBeLessThanOrEqual(rounded.get('t') ?? NaN);
      expect(rounded.get('q') ?? NaN).toBeLessThanOrEqual(rounded.get('t') ?? NaN);
      sumP += rounded.get('p') ?? NaN;
    }
    // P(12 → 20) = 0.2; sd of the mean 10·√(0.16/n)
    expect(Math.abs(sumP / n - 12)).toBeLessThan(5.5 * 10 * Math.sqrt(0.16 / n));
  });

  it('rounds cells in different intervals independently of each other', () => {
    const values = new Map([
      ['t', 23],
      ['p', 12],
      ['q', 11],
    ]);
    const equations = [{ total: 't', parts: ['p', 'q'] }];
    const options = { base: 10, key: KEY, series: 's' };
    const rounded = roundTable(values, equations, options);
    expect(rounded.get('p')).toBe(stableRound(12, 'p', options));
    expect(rounded.get('t')).toBe(stableRound(23, 't', options));
  });
});
