import { headlineFigures, type HeadlineFigure, type OverviewInput } from './headline-figures';
import { periodBefore, releasePeriods, yearBefore } from './release-periods';

const takedown = (period: string, median: number, within72h: number) => ({
  metric: 'hotline.takedown',
  period,
  data: {
    publishable: true,
    description: {
      median: { q: 0.5, kind: 'within', point: median, bucket: '[24,48)', from: 24, to: 48 },
      within72h,
      within24h: 0.4,
      within7d: 0.8,
    },
  },
});

const QUARTERS: OverviewInput = {
  granularity: 'quarter',
  periodFrom: '2025-Q1',
  periodTo: '2026-Q1',
  reports: [
    { period: '2025-Q1', value: 1000, suppression: null },
    { period: '2025-Q2', value: 1100, suppression: null },
    { period: '2025-Q3', value: null, suppression: 'contributors' },
    { period: '2025-Q4', value: 1200, suppression: null },
    { period: '2026-Q1', value: 1500, suppression: null },
  ],
  csam: [],
  actioned: [
    { period: '2025-Q4', value: 0, suppression: null },
    { period: '2026-Q1', value: 45_000_000, suppression: null },
  ],
  takedown: [
    takedown('2025-Q1', 40, 0.6),
    takedown('2025-Q4', 38, 0.65),
    {
      metric: 'company.takedown',
      period: '2026-Q1',
      data: { publishable: false, reason: 'dominance' },
    },
    takedown('2026-Q1', 36.36, 0.67),
  ],
  redistribution: [
    { period: '2025-Q1', data: { knownShare: 0.5 } },
    { period: '2025-Q4', data: { knownShare: 0.58 } },
    { period: '2026-Q1', data: { knownShare: 0.61 } },
  ],
};

const byId = (figures: HeadlineFigure[]) => Object.fromEntries(figures.map((f) => [f.id, f]));

describe('headlineFigures', () => {
  const figures = byId(headlineFigures(QUARTERS));

  it('gives the six figures for the latest period, in a fixed order', () => {
    expect(headlineFigures(QUARTERS).map((f) => [f.id, f.kind, f.period])).toEqual([
      ['reports', 'count', '2026-Q1'],
      ['csam', 'count', '2026-Q1'],
      ['actioned', 'count', '2026-Q1'],
      ['knownShare', 'share', '2026-Q1'],
      ['medianTakedown', 'hours', '2026-Q1'],
      ['removedWithin3Days', 'share', '2026-Q1'],
    ]);
  });

  it('compares a count with the previous period and a year before, as relative changes', () => {
    expect(figures['reports']).toMatchObject({
      current: { value: 1500, gap: null },
      previous: { period: '2025-Q4', cell: { value: 1200, gap: null }, change: 0.25 },
      yearAgo: { period: '2025-Q1', cell: { value: 1000, gap: null }, change: 0.5 },
    });
  });

  it('compares shares as differences in points', () => {
    expect(figures['knownShare']!.previous!.change).toBeCloseTo(0.03, 10);
    expect(figures['knownShare']!.yearAgo!.change).toBeCloseTo(0.11, 10);
  });

  it('reads the hotline takedown median and three-day share, not the company one', () => {
    expect(figures['medianTakedown']!.current).toEqual({ value: 36.36, gap: null });
    expect(figures['medianTakedown']!.previous!.change).toBeCloseTo(-0.0432, 4);
    expect(figures['removedWithin3Days']!.current).toEqual({ value: 0.67, gap: null });
  });

  it('gives no relative change from zero, and keeps huge counts exact', () => {
    expect(figures['actioned']).toMatchObject({
      current: { value: 45_000_000, gap: null },
      previous: { cell: { value: 0, gap: null }, change: null },
      yearAgo: { cell: { value: null, gap: 'not_published' }, change: null },
    });
  });

  it('keeps every period for the sparkline, gaps with their reason', () => {
    expect(figures['reports']!.points).toEqual([
      { period: '2025-Q1', value: 1000, suppression: null },
      { period: '2025-Q2', value: 1100, suppression: null },
      { period: '2025-Q3', value: null, suppression: 'contributors' },
      { period: '2025-Q4', value: 1200, suppression: null },
      { period: '2026-Q1', value: 1500, suppression: null },
    ]);
  });

  it('marks a metric the release does not publish as not published everywhere', () => {
    expect(figures['csam']!.current).toEqual({ value: null, gap: 'not_published' });
    expect(
      figures['csam']!.points.every((p) => p.value === null && p.suppression === 'not_published'),
    ).toBe(true);
  });

  it('says why the latest figure is withheld, and gives no change', () => {
    const withheld = byId(
      headlineFigures({
        ...QUARTERS,
        reports: [
          { period: '2025-Q4', value: 1200, suppression: null },
          { period: '2026-Q1', value: 1300, suppression: 'secondary' },
        ],
      }),
    );
    expect(withheld['reports']).toMatchObject({
      current: { value: null, gap: 'secondary' },
      previous: { cell: { value: 1200, gap: null }, change: null },
    });
  });

  it('withholds takedown figures whole when too few organizations contribute', () => {
    const gated = byId(
      headlineFigures({
        ...QUARTERS,
        takedown: [
          {
            metric: 'hotline.takedown',
            period: '2026-Q1',
            data: { publishable: false, reason: 'contributors' },
          },
        ],
      }),
    );
    expect(gated['medianTakedown']!.current).toEqual({ value: null, gap: 'contributors' });
    expect(gated['removedWithin3Days']!.current).toEqual({ value: null, gap: 'contributors' });
  });

  it('gives no median when more than half were not removed by the cut-off', () => {
    const slow = byId(
      headlineFigures({
        ...QUARTERS,
        takedown: [
          {
            metric: 'hotline.takedown',
            period: '2026-Q1',
            data: {
              publishable: true,
              description: { median: { kind: 'beyond_cutoff', bucket: '[720,∞)' }, within72h: 0.2 },
            },
          },
        ],
      }),
    );
    expect(slow['medianTakedown']!.current).toEqual({ value: null, gap: 'beyond_cutoff' });
    expect(slow['removedWithin3Days']!.current).toEqual({ value: 0.2, gap: null });
  });

  it('has no year-ago comparison in a yearly release, and none out of the release range', () => {
    const years = byId(
      headlineFigures({
        ...QUARTERS,
        granularity: 'year',
        periodFrom: '2025',
        periodTo: '2026',
        reports: [
          { period: '2025', value: 10, suppression: null },
          { period: '2026', value: 12, suppression: null },
        ],
      }),
    );
    expect(years['reports']).toMatchObject({
      previous: { period: '2025', change: 0.2 },
      yearAgo: null,
    });

    const short = byId(headlineFigures({ ...QUARTERS, periodFrom: '2025-Q3' }));
    expect(short['reports']!.yearAgo).toBeNull();
    const single = byId(headlineFigures({ ...QUARTERS, periodFrom: '2026-Q1' }));
    expect(single['reports']).toMatchObject({ previous: null, yearAgo: null });
    expect(single['reports']!.points).toHaveLength(1);
  });

  it('shows only gaps for a release with no figures at all', () => {
    const empty = headlineFigures({
      granularity: 'month',
      periodFrom: '2026-01',
      periodTo: '2026-02',
      reports: [],
      csam: [],
      actioned: [],
      takedown: [],
      redistribution: [],
    });
    expect(empty.every((f) => f.current.value === null && f.points.length === 2)).toBe(true);
  });
});

describe('release periods', () => {
  it.each([
    ['2025-11', '2026-02', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-Q4', '2026-Q1', 'quarter', ['2025-Q4', '2026-Q1']],
    ['2024', '2025', 'year', ['2024', '2025']],
    ['2025-12', '2026-01', 'month', ['2025-12', '2026-01']],
    ['2026-Q2', '2025-Q1', 'quarter', []],
    ['2025-Q1', '2025-Q2', 'month', []],
    ['nonsense', '2025', 'year', []],
  ] as const)('lists %s to %s by %s', (from, to, granularity, expected) => {
    expect(releasePeriods(from, to, granularity)).toEqual(expected);
  });

  it.each([
    ['2026-09', '2025-09'],
    ['2026-Q3', '2025-Q3'],
    ['2026', '2025'],
    ['soon', null],
  ])('puts %p a year back at %p', (period, expected) => {
    expect(yearBefore(period)).toBe(expected);
  });

  it.each([
    ['2026-01', '2025-12'],
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026', '2025'],
    ['2026-13', null],
  ])('puts the period before %p at %p', (period, expected) => {
    expect(periodBefore(period)).toBe(expected);
  });
});
