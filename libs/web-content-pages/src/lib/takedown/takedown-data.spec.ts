import { toCsv } from '@candor/charts';
import {
  bandShares,
  bandsTable,
  horizonsTable,
  latestPublished,
  quantilesTable,
  readTakedown,
  takedownPeriods,
  type StatisticRow,
  type TakedownFigures,
} from './takedown-data';

// Shapes as the demo's `takedownTimes` query returns them.
const published = (period: string, description: Record<string, unknown>): StatisticRow => ({
  metric: 'hotline.takedown',
  period,
  data: { publishable: true, description },
});
const Q3: Record<string, unknown> = {
  p90: {
    q: 0.9,
    to: 336,
    from: 168,
    kind: 'within',
    point: 204.656,
    bucket: '[168,336)',
    interpolation: 'linear',
  },
  median: {
    q: 0.5,
    to: 24,
    from: 12,
    kind: 'within',
    point: 22.1608,
    bucket: '[12,24)',
    interpolation: 'linear',
  },
  removed: 146879,
  notified: 151295,
  within7d: 0.8896857133414852,
  within24h: 0.5295878912059222,
  within72h: 0.7803033808123203,
  notRemoved: 4416,
};
const withheld = (period: string, reason: string): StatisticRow => ({
  metric: 'company.takedown',
  period,
  data: { reason, publishable: false },
});

const LABELS = {
  bands: {
    within_24h: 'Within 24 hours',
    from_24h_to_3d: '24 hours to 3 days',
    from_3d_to_7d: '3 to 7 days',
    after_7d: 'After more than 7 days',
    not_removed: 'Not removed by the cut-off',
  },
  horizons: {
    within_24h: 'Within 24 hours',
    within_3d: 'Within 3 days',
    within_7d: 'Within 7 days',
  },
};
const TEXT = { keyLabel: 'Period' };

describe('readTakedown', () => {
  it('reads a published distribution', () => {
    expect(readTakedown(published('2026-Q3', Q3).data)).toEqual({
      status: 'published',
      figures: {
        notified: 151295,
        removed: 146879,
        notRemoved: 4416,
        within24h: 0.5295878912059222,
        within72h: 0.7803033808123203,
        within7d: 0.8896857133414852,
        median: { kind: 'within', from: 12, to: 24, point: 22.1608 },
        p90: { kind: 'within', from: 168, to: 336, point: 204.656 },
      },
    });
  });

  it('keeps the reason a distribution is withheld', () => {
    expect(readTakedown(withheld('2026-Q3', 'dominance').data)).toEqual({
      status: 'gap',
      reason: 'dominance',
    });
  });

  it.each([
    ['nothing', null],
    ['a string', 'withheld'],
    ['withheld without a reason', { publishable: false }],
    ['published without a description', { publishable: true }],
    ['published without totals', { publishable: true, description: { within24h: 0.5 } }],
  ])('treats %s as not published', (_name, data) => {
    expect(readTakedown(data)).toEqual({ status: 'gap', reason: 'not_published' });
  });

  it('reads quantiles beyond the cut-off, and drops malformed ones', () => {
    const read = readTakedown({
      publishable: true,
      description: {
        ...Q3,
        median: { q: 0.5, kind: 'beyond_cutoff', bucket: '[720,∞)', cutoffHours: 720 },
        p90: { q: 0.9, kind: 'beyond_cutoff', bucket: 'not_removed', cutoffHours: null },
      },
    });
    expect(read).toMatchObject({
      figures: {
        median: { kind: 'beyond_cutoff', cutoffHours: 720 },
        p90: { kind: 'beyond_cutoff', cutoffHours: null },
      },
    });
    const malformed = readTakedown({
      publishable: true,
      description: { ...Q3, median: { kind: 'within', from: 12 }, p90: 'fast' },
    });
    expect(malformed).toMatchObject({ figures: { median: null, p90: null } });
  });
});

describe('takedownPeriods', () => {
  it('gives every period of the view for one metric, missing ones not published', () => {
    const rows = [
      published('2026-Q3', Q3),
      withheld('2026-Q3', 'dominance'),
      withheld('2026-Q2', 'contributors'),
    ];
    expect(
      takedownPeriods(rows, 'company.takedown', ['2026-Q1', '2026-Q2', '2026-Q3']).map((p) =>
        p.status === 'gap' ? [p.period, p.reason] : [p.period, 'published'],
      ),
    ).toEqual([
      ['2026-Q1', 'not_published'],
      ['2026-Q2', 'contributors'],
      ['2026-Q3', 'dominance'],
    ]);
    expect(takedownPeriods(rows, 'hotline.takedown', ['2026-Q3'])[0]).toMatchObject({
      status: 'published',
    });
    expect(takedownPeriods([], 'hotline.takedown', [])).toEqual([]);
  });
});

describe('bandShares', () => {
  const figures = (readTakedown(published('2026-Q3', Q3).data) as { figures: TakedownFigures })
    .figures;

  it('splits every notified item into five bands from the published shares', () => {
    const shares = bandShares(figures)!;
    expect(shares.within_24h).toBeCloseTo(0.52959, 5);
    expect(shares.from_24h_to_3d).toBeCloseTo(0.7803033808123203 - 0.5295878912059222, 12);
    expect(shares.from_3d_to_7d).toBeCloseTo(0.8896857133414852 - 0.7803033808123203, 12);
    expect(shares.after_7d).toBeCloseTo(146879 / 151295 - 0.8896857133414852, 12);
    expect(shares.not_removed).toBeCloseTo(4416 / 151295, 12);
    const total = Object.values(shares).reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('turns float noise below zero into zero', () => {
    const shares = bandShares({
      ...figures,
      within24h: 0.3,
      within72h: 0.3 - 1e-17,
      within7d: 0.3,
    })!;
    expect(shares.from_24h_to_3d).toBe(0);
  });

  it('has no bands without shares or without notified items', () => {
    expect(bandShares({ ...figures, within72h: null })).toBeNull();
    expect(bandShares({ ...figures, notified: 0 })).toBeNull();
  });
});

describe('tables', () => {
  const rows = [
    published('2026-Q2', Q3),
    withheld('2026-Q2', 'dominance'),
    withheld('2026-Q3', 'dominance'),
  ];

  it('gives the bands of a published period and gaps with the reason elsewhere', () => {
    const periods = takedownPeriods(rows, 'hotline.takedown', ['2026-Q2', '2026-Q3']);
    const table = bandsTable(periods, LABELS.bands, TEXT);
    expect(table.series.map((s) => [s.id, s.kind])).toEqual([
      ['within_24h', 'share'],
      ['from_24h_to_3d', 'share'],
      ['from_3d_to_7d', 'share'],
      ['after_7d', 'share'],
      ['not_removed', 'share'],
    ]);
    expect(table.rows[0]!.cells['within_24h']).toEqual({ value: 0.5295878912059222, gap: null });
    expect(Object.values(table.rows[1]!.cells)).toEqual(
      Array(5).fill({ value: null, gap: 'not_published' }),
    );
  });

  it('withholds every cell of a withheld period, with its reason, in the CSV too', () => {
    const periods = takedownPeriods(rows, 'company.takedown', ['2026-Q2', '2026-Q3']);
    const csv = toCsv(horizonsTable(periods, LABELS.horizons, TEXT))
      .trimEnd()
      .split('\n');
    expect(csv).toEqual([
      'period,within_24h,within_24h_suppression,within_3d,within_3d_suppression,within_7d,within_7d_suppression',
      '2026-Q2,,dominance,,dominance,,dominance',
      '2026-Q3,,dominance,,dominance,,dominance',
    ]);
  });

  it('writes the median and 90th percentile as band edges and estimates, in hours', () => {
    const beyond = published('2026-Q3', {
      ...Q3,
      median: { kind: 'beyond_cutoff', cutoffHours: 720 },
      p90: { kind: 'beyond_cutoff', cutoffHours: null },
    });
    const periods = takedownPeriods(
      [published('2026-Q2', Q3), beyond, withheld('2026-Q4', 'contributors')],
      'hotline.takedown',
      ['2026-Q2', '2026-Q3'],
    );
    const withheldPeriods = takedownPeriods(
      [withheld('2026-Q4', 'contributors')],
      'company.takedown',
      ['2026-Q4'],
    );
    const csv = toCsv(quantilesTable([...periods, ...withheldPeriods], TEXT))
      .trimEnd()
      .split('\n');
    expect(csv).toEqual([
      'period,median_from,median_from_suppression,median_to,median_to_suppression,median,median_suppression,' +
        'p90_from,p90_from_suppression,p90_to,p90_to_suppression,p90,p90_suppression',
      '2026-Q2,12.0,,24.0,,22.2,,168.0,,336.0,,204.7,',
      '2026-Q3,720.0,,,beyond_cutoff,,beyond_cutoff,,beyond_cutoff,,beyond_cutoff,,beyond_cutoff',
      '2026-Q4,,contributors,,contributors,,contributors,,contributors,,contributors,,contributors',
    ]);
  });

  it('is empty for no periods, and finds no latest period when all are withheld', () => {
    expect(bandsTable([], LABELS.bands, TEXT).rows).toEqual([]);
    const periods = takedownPeriods(rows, 'company.takedown', ['2026-Q2', '2026-Q3']);
    expect(latestPublished(periods)).toBeNull();
    expect(
      latestPublished(takedownPeriods(rows, 'hotline.takedown', ['2026-Q2', '2026-Q3'])),
    ).toMatchObject({
      period: '2026-Q2',
    });
  });

  it('keeps huge totals exact', () => {
    const huge = published('2026', {
      ...Q3,
      notified: 2 ** 53 - 1,
      removed: 2 ** 53 - 1,
      notRemoved: 0,
    });
    const [period] = takedownPeriods([huge], 'hotline.takedown', ['2026']);
    expect(period).toMatchObject({ figures: { notified: 9007199254740991 } });
    expect(bandShares((period as { figures: TakedownFigures }).figures)!.not_removed).toBe(0);
  });
});
