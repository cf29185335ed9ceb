import { logDomain, logTicks, toChartRows, withheldPeriods, type TrendPoint } from './series';

const point = (period: string, value: number | null, withheld = false): TrendPoint => ({
  period,
  value,
  withheld,
});

const BIG = Number.MAX_SAFE_INTEGER;

describe('toChartRows', () => {
  it.each<[string, TrendPoint[], 'linear' | 'log', (number | null)[]]>([
    ['an empty series', [], 'linear', []],
    ['one point', [point('2026-01', 42)], 'linear', [42]],
    [
      'all withheld',
      [point('2026-01', null, true), point('2026-02', null, true)],
      'linear',
      [null, null],
    ],
    [
      'a withheld point that still carries a value',
      [point('2026-01', 10), point('2026-02', 99, true), point('2026-03', 12)],
      'linear',
      [10, null, 12],
    ],
    ['zero on a linear scale', [point('2026-01', 0)], 'linear', [0]],
    ['zero on a log scale', [point('2026-01', 0), point('2026-02', 5)], 'log', [null, 5]],
    ['huge values', [point('2026-01', BIG), point('2026-02', 1e15)], 'log', [BIG, 1e15]],
    ['non-finite values', [point('2026-01', Number.NaN)], 'linear', [null]],
  ])('handles %s', (_name, points, scale, expected) => {
    expect(toChartRows(points, scale).map((row) => row.value)).toEqual(expected);
  });

  it('never turns a withheld point into zero', () => {
    const rows = toChartRows([point('2026-01', null, true)], 'linear');
    expect(rows).toEqual([{ period: '2026-01', value: null, withheld: true, offScale: false }]);
  });

  it('marks zeros the log scale cannot draw', () => {
    const rows = toChartRows([point('2026-01', 0)], 'log');
    expect(rows[0]).toMatchObject({ value: null, withheld: false, offScale: true });
  });
});

describe('logDomain', () => {
  it.each<[string, (number | null)[], [number, number]]>([
    ['no rows', [], [1, 10]],
    ['only gaps', [null, null], [1, 10]],
    ['one point', [420], [100, 1000]],
    ['an exact power of ten', [100], [100, 1000]],
    ['a range', [3, 45_000], [1, 100_000]],
    ['huge values', [2, BIG], [1, 1e16]],
    ['tens to tens of millions', [12, 45_000_000], [10, 100_000_000]],
  ])('spans %s', (_name, values, expected) => {
    const rows = values.map((value, i) => ({
      period: String(i),
      value,
      withheld: false,
      offScale: false,
    }));
    expect(logDomain(rows)).toEqual(expected);
  });
});

describe('logTicks', () => {
  it.each<[[number, number], number[]]>([
    [
      [1, 10],
      [1, 10],
    ],
    [
      [100, 100_000],
      [100, 1000, 10_000, 100_000],
    ],
    [
      [1e14, 1e16],
      [1e14, 1e15, 1e16],
    ],
  ])('lists powers of ten in %p', (domain, expected) => {
    expect(logTicks(domain)).toEqual(expected);
  });
});

describe('withheldPeriods', () => {
  it.each<[string, TrendPoint[], string[]]>([
    ['an empty series', [], []],
    ['no withheld point', [point('2026-01', 1)], []],
    [
      'some withheld points',
      [point('2026-01', null, true), point('2026-02', 3), point('2026-03', null, true)],
      ['2026-01', '2026-03'],
    ],
  ])('lists them for %s', (_name, points, expected) => {
    expect(withheldPeriods(points)).toEqual(expected);
  });
});
