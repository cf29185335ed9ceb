import type { ChartTable } from '@candor/charts';
import { emptyKeys, nothingToDraw, plotRows } from './plot-rows';

const table = (rows: ChartTable['rows']): ChartTable => ({
  keyId: 'period',
  keyLabel: 'Period',
  keyKind: 'period',
  series: [
    { id: 'a', label: 'A', kind: 'share' },
    { id: 'b', label: 'B', kind: 'count' },
  ],
  rows,
});

describe('plotRows', () => {
  it('is empty for an empty table', () => {
    expect(plotRows(table([]))).toEqual([]);
    expect(emptyKeys(table([]))).toEqual([]);
    expect(nothingToDraw(table([]))).toBe(true);
  });

  it('keeps figures and turns gaps into null, never zero', () => {
    const rows = plotRows(
      table([
        {
          key: '2026-Q1',
          cells: { a: { value: 0, gap: null }, b: { value: null, gap: 'dominance' } },
        },
        { key: '2026-Q2', cells: { a: { value: 0.5, gap: null } } },
      ]),
    );
    expect(rows).toEqual([
      { key: '2026-Q1', a: 0, b: null },
      { key: '2026-Q2', a: 0.5, b: null },
    ]);
  });

  it('finds the rows without any figure, and says when nothing can be drawn', () => {
    const withheld = { value: null, gap: 'contributors' };
    const mixed = table([
      { key: '2026-01', cells: { a: withheld, b: withheld } },
      { key: '2026-02', cells: { a: { value: 1, gap: null }, b: withheld } },
    ]);
    expect(emptyKeys(mixed)).toEqual(['2026-01']);
    expect(nothingToDraw(mixed)).toBe(false);
    const allWithheld = table([{ key: '2026-01', cells: { a: withheld, b: withheld } }]);
    expect(nothingToDraw(allWithheld)).toBe(true);
  });

  it('keeps a single point and huge values exactly', () => {
    const rows = plotRows(
      table([
        {
          key: '2026',
          cells: { a: { value: 1, gap: null }, b: { value: 2 ** 53 - 1, gap: null } },
        },
      ]),
    );
    expect(rows).toEqual([{ key: '2026', a: 1, b: 9007199254740991 }]);
  });
});
