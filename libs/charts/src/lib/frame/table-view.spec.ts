import type { ChartTable } from './chart-table';
import { seriesTable } from './chart-table';
import { formatValue } from './format-value';
import { gapGroups, keyLabel, tableView, type TableFormat } from './table-view';

const FORMAT: TableFormat = {
  period: (code) => `period ${code}`,
  value: (value, kind) => formatValue(value, kind, 'en'),
  gap: (reason) => `no figure (${reason})`,
};

const reports = (points: { period: string; value: number | null; suppression?: string }[]) =>
  seriesTable(points, { id: 'reports', label: 'Reports', kind: 'count' }, { keyLabel: 'Period' });

describe('tableView', () => {
  it('has no rows for an empty series', () => {
    expect(tableView(reports([]), FORMAT)).toEqual([]);
  });

  it('shows one point', () => {
    expect(tableView(reports([{ period: '2026', value: 12_000_000 }]), FORMAT)).toEqual([
      {
        key: '2026',
        label: 'period 2026',
        cells: [{ seriesId: 'reports', text: '12,000,000', gap: false }],
      },
    ]);
  });

  it('says why a point has no figure when every point is suppressed', () => {
    const rows = tableView(
      reports([
        { period: '2026-01', value: null, suppression: 'contributors' },
        { period: '2026-02', value: null, suppression: 'secondary' },
      ]),
      FORMAT,
    );
    expect(rows.map((row) => row.cells[0])).toEqual([
      { seriesId: 'reports', text: 'no figure (contributors)', gap: true },
      { seriesId: 'reports', text: 'no figure (secondary)', gap: true },
    ]);
  });

  it('names categories by their label, or their code when it has none', () => {
    const table: ChartTable = {
      keyId: 'hosting_country',
      keyLabel: 'Country',
      keyKind: 'category',
      keyLabels: { NL: 'Netherlands' },
      series: [{ id: 'urls', label: 'URLs', kind: 'count' }],
      rows: [
        { key: 'NL', cells: { urls: { value: 5, gap: null } } },
        { key: 'XX', cells: {} },
      ],
    };
    expect(keyLabel(table, 'NL', FORMAT)).toBe('Netherlands');
    expect(tableView(table, FORMAT).map((row) => [row.label, row.cells[0]!.text])).toEqual([
      ['Netherlands', '5'],
      ['XX', 'no figure (not_published)'],
    ]);
  });
});

describe('gapGroups', () => {
  it('is empty without gaps', () => {
    expect(gapGroups(reports([{ period: '2026', value: 0 }]))).toEqual([]);
  });

  it('groups gaps by reason in row order', () => {
    expect(
      gapGroups(
        reports([
          { period: '2026-01', value: null, suppression: 'contributors' },
          { period: '2026-02', value: 4 },
          { period: '2026-03', value: null, suppression: 'contributors' },
          { period: '2026-04', value: null },
        ]),
      ),
    ).toEqual([
      {
        seriesId: 'reports',
        reason: 'contributors',
        keys: ['2026-01', '2026-03'],
        runs: [
          { from: '2026-01', to: '2026-01' },
          { from: '2026-03', to: '2026-03' },
        ],
      },
      {
        seriesId: 'reports',
        reason: 'not_published',
        keys: ['2026-04'],
        runs: [{ from: '2026-04', to: '2026-04' }],
      },
    ]);
  });

  it('joins adjacent gaps into runs', () => {
    const [group] = gapGroups(
      reports([
        { period: '2026-01', value: null },
        { period: '2026-02', value: null },
        { period: '2026-03', value: null },
        { period: '2026-04', value: 1 },
        { period: '2026-05', value: null },
      ]),
    );
    expect(group!.runs).toEqual([
      { from: '2026-01', to: '2026-03' },
      { from: '2026-05', to: '2026-05' },
    ]);
  });
});
