import { roundValue, seriesTable, toCell, type ChartSeries } from './chart-table';

const REPORTS: ChartSeries = { id: 'reports', label: 'Reports', kind: 'count' };

describe('toCell', () => {
  it.each<[string, number | null | undefined, string | null | undefined, object]>([
    ['a published value', 42, null, { value: 42, gap: null }],
    ['zero, which is a figure', 0, null, { value: 0, gap: null }],
    ['a suppressed cell', null, 'contributors', { value: null, gap: 'contributors' }],
    [
      'a suppressed cell that still carries a value',
      99,
      'dominance',
      { value: null, gap: 'dominance' },
    ],
    ['a missing value', null, null, { value: null, gap: 'not_published' }],
    ['an absent value', undefined, undefined, { value: null, gap: 'not_published' }],
    ['a non-finite value', Number.NaN, null, { value: null, gap: 'not_published' }],
    ['an infinite value', Number.POSITIVE_INFINITY, null, { value: null, gap: 'not_published' }],
  ])('reads %s', (_name, value, suppression, expected) => {
    expect(toCell(value, suppression)).toEqual(expected);
  });
});

describe('seriesTable', () => {
  it('is empty for an empty series', () => {
    expect(seriesTable([], REPORTS, { keyLabel: 'Period' }).rows).toEqual([]);
  });

  it('keeps the points in order, a suppressed point as a gap with its reason', () => {
    const table = seriesTable(
      [
        { period: '2026-Q1', value: 10, suppression: null },
        { period: '2026-Q2', value: null, suppression: 'small_count' },
      ],
      REPORTS,
      { keyLabel: 'Period' },
    );
    expect(table).toEqual({
      keyId: 'period',
      keyLabel: 'Period',
      keyKind: 'period',
      series: [REPORTS],
      rows: [
        { key: '2026-Q1', cells: { reports: { value: 10, gap: null } } },
        { key: '2026-Q2', cells: { reports: { value: null, gap: 'small_count' } } },
      ],
    });
  });

  it('gives every listed period a row, and drops points outside the list', () => {
    const table = seriesTable(
      [
        { period: '2025-Q4', value: 1 },
        { period: '2026-Q2', value: 2 },
      ],
      REPORTS,
      { keyLabel: 'Period', periods: ['2026-Q1', '2026-Q2'] },
    );
    expect(table.rows).toEqual([
      { key: '2026-Q1', cells: { reports: { value: null, gap: 'not_published' } } },
      { key: '2026-Q2', cells: { reports: { value: 2, gap: null } } },
    ]);
  });
});

describe('roundValue', () => {
  it.each<[number, Parameters<typeof roundValue>[1], number | null]>([
    [76_308, 'count', 76_308],
    [12.5, 'count', 13],
    [Number.MAX_SAFE_INTEGER, 'count', Number.MAX_SAFE_INTEGER],
    [45_000_000, 'count', 45_000_000],
    [0.61297, 'share', 0.613],
    [0.0004, 'share', 0],
    [36.36098, 'hours', 36.4],
    [2.42763, 'ratio', 2.43],
    [1e22, 'count', 1e22],
    [Number.NaN, 'count', null],
  ])('rounds %p as a %s to %p', (value, kind, expected) => {
    expect(roundValue(value, kind)).toBe(expected);
  });
});
