import type { NetworkTotalsQuery, TrendMetricsQuery } from '@candor/web-graphql';
import { toMetricOptions, toTrendPoints, trendParams } from './trend-data';

type Totals = NetworkTotalsQuery['networkTotals'];
type Metrics = TrendMetricsQuery['metrics'];

describe('trendParams', () => {
  it.each([
    ['', { metric: 'hotline.reports.csam', grain: 'month', scale: 'linear' }],
    [
      'metric=company.notices.received&grain=quarter&scale=log',
      { metric: 'company.notices.received', grain: 'quarter', scale: 'log' },
    ],
    ['grain=week&scale=sqrt', { metric: 'hotline.reports.csam', grain: 'month', scale: 'linear' }],
    ['metric=%20%20&lang=fr', { metric: 'hotline.reports.csam', grain: 'month', scale: 'linear' }],
  ])('reads %p', (search, expected) => {
    expect(trendParams(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('toMetricOptions', () => {
  const metric = (code: string, requiredDimension: string | null = null) => ({
    code,
    label: `Label of ${code}`,
    unit: 'reports',
    requiredDimension,
  });

  it.each<[string, Metrics | undefined, string[]]>([
    ['no data yet', undefined, []],
    ['an empty catalogue', [], []],
    ['plain metrics, in catalogue order', [metric('b.x'), metric('a.y')], ['b.x', 'a.y']],
    ['histograms left out', [metric('a'), metric('a.takedown', 'takedown_bucket')], ['a']],
  ])('lists %s', (_name, metrics, expected) => {
    expect(toMetricOptions(metrics).map((option) => option.code)).toEqual(expected);
  });

  it('keeps label and unit', () => {
    expect(toMetricOptions([metric('a')])).toEqual([
      { code: 'a', label: 'Label of a', unit: 'reports' },
    ]);
  });
});

describe('toTrendPoints', () => {
  const BIG = Number.MAX_SAFE_INTEGER;

  it.each<[string, Totals | undefined, { period: string; value: number | null }[]]>([
    ['no data yet', undefined, []],
    ['an empty series', [], []],
    [
      'all withheld',
      [
        { period: '2026-01', value: null, withheld: true },
        { period: '2026-02', value: null, withheld: true },
      ],
      [
        { period: '2026-01', value: null },
        { period: '2026-02', value: null },
      ],
    ],
    [
      'one point',
      [{ period: '2026', value: 12, withheld: false }],
      [{ period: '2026', value: 12 }],
    ],
    [
      'unsorted periods',
      [
        { period: '2026-Q3', value: 3, withheld: false },
        { period: '2026-Q1', value: 1, withheld: false },
      ],
      [
        { period: '2026-Q1', value: 1 },
        { period: '2026-Q3', value: 3 },
      ],
    ],
    [
      'a withheld point that carries a value',
      [{ period: '2026-01', value: 5, withheld: true }],
      [{ period: '2026-01', value: null }],
    ],
    [
      'huge values',
      [{ period: '2026', value: BIG, withheld: false }],
      [{ period: '2026', value: BIG }],
    ],
  ])('maps %s', (_name, totals, expected) => {
    expect(toTrendPoints(totals).map(({ period, value }) => ({ period, value }))).toEqual(expected);
  });

  it('keeps the withheld flag', () => {
    expect(toTrendPoints([{ period: '2026-01', value: null, withheld: true }])).toEqual([
      { period: '2026-01', value: null, withheld: true },
    ]);
  });
});
