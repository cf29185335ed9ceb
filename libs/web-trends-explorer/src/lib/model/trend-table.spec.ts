import { toCsv } from '@candor/charts';
import { chartPoints, nothingPublished, SERIES_ID, trendTable } from './trend-table';

const LABELS = { key: 'Period', series: 'Reports received' };
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3'];

describe('trendTable', () => {
  it('has a row per period of the range, a gap with its reason, never a zero', () => {
    const table = trendTable(
      [
        { period: '2025-Q1', value: 1200, suppression: null },
        { period: '2025-Q2', value: 99, suppression: 'dominance' },
        { period: '2024-Q4', value: 5, suppression: null },
      ],
      QUARTERS,
      LABELS,
    );
    expect(table.rows.map((row) => [row.key, row.cells[SERIES_ID]])).toEqual([
      ['2025-Q1', { value: 1200, gap: null }],
      ['2025-Q2', { value: null, gap: 'dominance' }],
      ['2025-Q3', { value: null, gap: 'not_published' }],
    ]);
    expect(toCsv(table)).toBe(
      'period,value,suppression\n2025-Q1,1200,\n2025-Q2,,dominance\n2025-Q3,,not_published\n',
    );
  });

  it('is empty for an empty range', () => {
    expect(
      trendTable([{ period: '2025-Q1', value: 1, suppression: null }], [], LABELS).rows,
    ).toEqual([]);
  });

  it('keeps huge counts exact', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const table = trendTable(
      [{ period: '2025-Q1', value: huge, suppression: null }],
      ['2025-Q1'],
      LABELS,
    );
    expect(chartPoints(table)).toEqual([{ period: '2025-Q1', value: huge, withheld: false }]);
    expect(toCsv(table)).toContain(`2025-Q1,${huge},`);
  });
});

describe('chartPoints', () => {
  it('draws nothing for a gap, and keeps a zero as a zero', () => {
    const table = trendTable(
      [
        { period: '2025-Q1', value: 0, suppression: null },
        { period: '2025-Q2', value: null, suppression: 'contributors' },
      ],
      QUARTERS.slice(0, 2),
      LABELS,
    );
    expect(chartPoints(table)).toEqual([
      { period: '2025-Q1', value: 0, withheld: false },
      { period: '2025-Q2', value: null, withheld: true },
    ]);
  });
});

describe('nothingPublished', () => {
  it('is true only when the release has no cell at all for the selection', () => {
    expect(nothingPublished(trendTable([], QUARTERS, LABELS))).toBe(true);
    expect(
      nothingPublished(
        trendTable(
          [{ period: '2025-Q2', value: null, suppression: 'contributors' }],
          QUARTERS,
          LABELS,
        ),
      ),
    ).toBe(false);
    expect(
      nothingPublished(
        trendTable([{ period: '2025-Q3', value: 1, suppression: null }], QUARTERS, LABELS),
      ),
    ).toBe(false);
  });
});
