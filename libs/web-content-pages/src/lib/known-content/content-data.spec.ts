import { toCsv } from '@candor/charts';
import type { FlagView } from '@candor/web-public-kit';
import {
  filesTable,
  indicatorTables,
  readIndicators,
  spikeMarks,
  type IndicatorRow,
} from './content-data';

// Shapes as the demo's `redistribution` query returns them.
const row = (period: string, data: unknown): IndicatorRow => ({ period, data });
const DEMO = {
  gini: null,
  knownShare: 0.6240749501682028,
  top10Share: 0.0711090900274812,
  filesPerItem: 2.607750798831229,
};
const LABELS = {
  keyLabel: 'Period',
  known: 'Known content',
  top10: 'Ten most repeated items',
  perItem: 'Files per distinct item',
  giniLower: 'Lower bound',
  giniUpper: 'Upper bound',
};

describe('readIndicators', () => {
  it('reads the indicators, Gini bounds only when both are given', () => {
    expect(readIndicators(DEMO)).toEqual({
      knownShare: 0.6240749501682028,
      top10Share: 0.0711090900274812,
      filesPerItem: 2.607750798831229,
      gini: null,
    });
    expect(
      readIndicators({ ...DEMO, gini: { lower: 0.31, upper: 0.52, items: 9, files: 20 } })?.gini,
    ).toEqual({ lower: 0.31, upper: 0.52 });
    expect(readIndicators({ ...DEMO, gini: { lower: 0.31 } })?.gini).toBeNull();
  });

  it('reads missing or non-numeric indicators as null, and no object as nothing', () => {
    expect(readIndicators({ knownShare: 'high', filesPerItem: Infinity })).toEqual({
      knownShare: null,
      filesPerItem: null,
      top10Share: null,
      gini: null,
    });
    expect(readIndicators(null)).toBeNull();
    expect(readIndicators([1, 2])).toBeNull();
  });
});

describe('indicatorTables', () => {
  it('is empty for no periods, with no Gini chart', () => {
    const tables = indicatorTables([], [], LABELS);
    expect(tables.shares.rows).toEqual([]);
    expect(tables.gini).toBeNull();
  });

  it('gives every period of the view, a period without data as not published', () => {
    const tables = indicatorTables(
      [row('2025-01', DEMO), row('2025-03', { ...DEMO, top10Share: null })],
      ['2025-01', '2025-02', '2025-03'],
      LABELS,
    );
    expect(toCsv(tables.shares).trimEnd().split('\n')).toEqual([
      'period,known_share,known_share_suppression,top10_share,top10_share_suppression',
      '2025-01,0.624,,0.071,',
      '2025-02,,not_published,,not_published',
      '2025-03,0.624,,,not_published',
    ]);
    expect(toCsv(tables.filesPerItem).trimEnd().split('\n')).toEqual([
      'period,files_per_item,suppression',
      '2025-01,2.61,',
      '2025-02,,not_published',
      '2025-03,2.61,',
    ]);
    expect(tables.gini).toBeNull();
  });

  it('draws Gini bounds when a period has them', () => {
    const tables = indicatorTables(
      [row('2025', { ...DEMO, gini: { lower: 0.3, upper: 0.6 } }), row('2026', DEMO)],
      ['2025', '2026'],
      LABELS,
    );
    expect(
      tables.gini?.rows.map((r) => [r.key, r.cells['gini_lower'], r.cells['gini_upper']]),
    ).toEqual([
      ['2025', { value: 0.3, gap: null }, { value: 0.6, gap: null }],
      ['2026', { value: null, gap: 'not_published' }, { value: null, gap: 'not_published' }],
    ]);
  });
});

describe('filesTable and spikeMarks', () => {
  const reported = [
    { period: '2025-02', value: 110_000, suppression: null },
    { period: '2025-03', value: 196_664, suppression: null },
    { period: '2025-04', value: null, suppression: 'contributors' },
  ];
  const known = [
    { period: '2025-02', value: 70_000, suppression: null },
    { period: '2025-03', value: 147_803, suppression: null },
  ];
  const periods = ['2025-02', '2025-03', '2025-04'];
  const table = filesTable(
    { 'content.files.reported': reported, 'content.files.known': known },
    periods,
    {
      keyLabel: 'Period',
      'content.files.reported': 'Files reported',
      'content.files.known': 'Known',
    },
  );
  const spike = (metric: string, period: string): FlagView => ({
    kind: 'spike',
    metric,
    scope: 'network',
    period,
    breakInSeries: false,
    observed: 196664,
    expected: 115598,
    upper: 142082,
    increase: 0.7,
    knownShare: 0.99,
    next: null,
  });

  it('puts both figures side by side, withheld and missing points as gaps with their reason', () => {
    expect(toCsv(table).trimEnd().split('\n')).toEqual([
      'period,files_reported,files_reported_suppression,files_known,files_known_suppression',
      '2025-02,110000,,70000,',
      '2025-03,196664,,147803,',
      '2025-04,,contributors,,not_published',
    ]);
  });

  it('marks spikes of the chosen figure at their published value, and nothing else', () => {
    const flags: FlagView[] = [
      spike('content.files.reported', '2025-03'),
      spike('content.files.known', '2025-03'),
      spike('content.files.reported', '2025-04'),
      spike('content.files.reported', '2023-01'),
      {
        kind: 'level_shift',
        metric: 'content.files.reported',
        scope: 'network',
        period: '2025-02',
        breakInSeries: false,
        moved: 'up',
        before: 1,
        after: 2,
        change: 1,
      },
    ];
    expect(spikeMarks(flags, 'content.files.reported', table)).toEqual([
      { key: '2025-03', seriesId: 'files_reported', value: 196664 },
    ]);
    expect(spikeMarks(flags, 'content.files.known', table)).toEqual([
      { key: '2025-03', seriesId: 'files_known', value: 147803 },
    ]);
    expect(spikeMarks([], 'content.files.known', table)).toEqual([]);
  });

  it('keeps huge counts exact', () => {
    const huge = filesTable(
      {
        'content.files.reported': [{ period: '2026', value: 2 ** 53 - 1, suppression: null }],
        'content.files.known': [],
      },
      ['2026'],
      { keyLabel: 'Period', 'content.files.reported': 'R', 'content.files.known': 'K' },
    );
    expect(toCsv(huge).split('\n')[1]).toBe('2026,9007199254740991,,,not_published');
  });
});
