import { seriesTable } from './chart-table';
import { summarizeTable } from './table-summary';

const reports = (points: { period: string; value: number | null; suppression?: string }[]) =>
  seriesTable(points, { id: 'reports', label: 'Reports', kind: 'count' }, { keyLabel: 'Period' });

describe('summarizeTable', () => {
  it('has nothing to say of an empty series', () => {
    const [facts] = summarizeTable(reports([]));
    expect(facts).toMatchObject({ periods: 0, shown: 0, withheld: 0, first: null, change: null });
  });

  it('counts every gap as withheld when all are suppressed', () => {
    const [facts] = summarizeTable(
      reports([
        { period: '2026-01', value: null, suppression: 'contributors' },
        { period: '2026-02', value: null },
      ]),
    );
    expect(facts).toMatchObject({ periods: 2, shown: 0, withheld: 2, first: null, max: null });
  });

  it('states one point', () => {
    const [facts] = summarizeTable(reports([{ period: '2026', value: 5 }]));
    expect(facts).toMatchObject({
      shown: 1,
      first: { period: '2026', value: 5 },
      last: { period: '2026', value: 5 },
      change: null,
    });
  });

  it('states the change of huge values across a gap', () => {
    const [facts] = summarizeTable(
      reports([
        { period: '2024', value: 20_000_000 },
        { period: '2025', value: null, suppression: 'dominance' },
        { period: '2026', value: 50_000_000 },
      ]),
    );
    expect(facts).toMatchObject({
      periods: 3,
      shown: 2,
      withheld: 1,
      min: { period: '2024', value: 20_000_000 },
      max: { period: '2026', value: 50_000_000 },
      change: 1.5,
    });
  });
});
