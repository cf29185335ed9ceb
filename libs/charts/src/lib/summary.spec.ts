import type { TrendPoint } from './series';
import { summarizeSeries, type SeriesSummary } from './summary';

const point = (period: string, value: number | null, withheld = false): TrendPoint => ({
  period,
  value,
  withheld,
});

const BIG = Number.MAX_SAFE_INTEGER;

describe('summarizeSeries', () => {
  it.each<[string, TrendPoint[], SeriesSummary]>([
    [
      'an empty series',
      [],
      {
        periods: 0,
        shown: 0,
        withheld: 0,
        first: null,
        last: null,
        min: null,
        max: null,
        change: null,
      },
    ],
    [
      'a series where every point is withheld',
      [point('2026-01', null, true), point('2026-02', null, true)],
      {
        periods: 2,
        shown: 0,
        withheld: 2,
        first: null,
        last: null,
        min: null,
        max: null,
        change: null,
      },
    ],
    [
      'one point',
      [point('2026', 7)],
      {
        periods: 1,
        shown: 1,
        withheld: 0,
        first: { period: '2026', value: 7 },
        last: { period: '2026', value: 7 },
        min: { period: '2026', value: 7 },
        max: { period: '2026', value: 7 },
        change: null,
      },
    ],
    [
      'a rise with a withheld period',
      [point('2026-Q1', 100), point('2026-Q2', null, true), point('2026-Q3', 150)],
      {
        periods: 3,
        shown: 2,
        withheld: 1,
        first: { period: '2026-Q1', value: 100 },
        last: { period: '2026-Q3', value: 150 },
        min: { period: '2026-Q1', value: 100 },
        max: { period: '2026-Q3', value: 150 },
        change: 0.5,
      },
    ],
    [
      'a series starting at zero (no relative change)',
      [point('2026-01', 0), point('2026-02', 5)],
      {
        periods: 2,
        shown: 2,
        withheld: 0,
        first: { period: '2026-01', value: 0 },
        last: { period: '2026-02', value: 5 },
        min: { period: '2026-01', value: 0 },
        max: { period: '2026-02', value: 5 },
        change: null,
      },
    ],
    [
      'huge values',
      [point('2026-01', 1), point('2026-02', BIG)],
      {
        periods: 2,
        shown: 2,
        withheld: 0,
        first: { period: '2026-01', value: 1 },
        last: { period: '2026-02', value: BIG },
        min: { period: '2026-01', value: 1 },
        max: { period: '2026-02', value: BIG },
        change: BIG - 1,
      },
    ],
  ])('summarizes %s', (_name, points, expected) => {
    expect(summarizeSeries(points)).toEqual(expected);
  });

  it('ignores a value carried by a withheld point', () => {
    const summary = summarizeSeries([point('2026-01', 5), point('2026-02', 1e9, true)]);
    expect(summary.max).toEqual({ period: '2026-01', value: 5 });
  });

  it('keeps the earliest period on ties', () => {
    const summary = summarizeSeries([point('2026-01', 5), point('2026-02', 5)]);
    expect(summary.min?.period).toBe('2026-01');
    expect(summary.max?.period).toBe('2026-01');
  });
});
