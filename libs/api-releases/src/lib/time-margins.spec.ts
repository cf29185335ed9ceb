import type { ReleaseOptions } from '@candor/db';
import type { Contribution, ReleaseGrain } from './contributions.query';
import { protectReleaseTables } from './disclosure';
import { buildReleaseTables, type ReleaseTable } from './release-tables';
import { withTimeMargins, type OtherGrainRelease } from './time-margins';

const METRIC = 'hotline.reports.received';
const options: ReleaseOptions = { p: 15, minContributors: 3, roundingBase: null };

const figure = (organization: string, period: string, value: number): Contribution => ({
  metric: METRIC,
  period,
  dimension: null,
  dimensionValue: null,
  organizationId: organization,
  organizationKind: 'hotline',
  organizationSlug: organization,
  attributed: false,
  value,
});

// Hotline C misses February, so the quarter counts A, B and D only; in February A dominates.
const monthly: Record<string, Record<string, number>> = {
  '2025-01': { A: 100, B: 100, C: 100, D: 100 },
  '2025-02': { A: 1000, B: 10, D: 10 },
  '2025-03': { A: 100, B: 100, C: 100, D: 100 },
};
const months = buildReleaseTables(
  Object.entries(monthly).flatMap(([period, values]) =>
    Object.entries(values).map(([org, value]) => figure(org, period, value)),
  ),
);
const quarter = buildReleaseTables(
  ['A', 'B', 'D'].map((org) =>
    figure(
      org,
      '2025-Q1',
      Object.values(monthly).reduce((sum, values) => sum + (values[org] ?? 0), 0),
    ),
  ),
);

const other = (
  grain: ReleaseGrain,
  tables: readonly ReleaseTable[],
  hidden: string[],
): OtherGrainRelease => ({
  grain,
  periodFrom: grain === 'month' ? '2025-01' : '2025-Q1',
  periodTo: grain === 'month' ? '2025-03' : '2025-Q1',
  tables,
  shown: new Map(
    tables.flatMap((t) =>
      t.cells.map((c) => [c.id, hidden.includes(c.period) ? 'hidden' : 'published'] as const),
    ),
  ),
});

const hiddenPeriods = (
  tables: readonly ReleaseTable[],
  grain: ReleaseGrain,
  range: { from: string; to: string },
  others: OtherGrainRelease[],
) =>
  protectReleaseTables(withTimeMargins(tables, grain, range, others), options, 'network-test')
    .filter((cell) => cell.suppression !== null)
    .map((cell) => cell.period);

describe('time margins across releases', () => {
  it('hides a second month when the quarter is already published', () => {
    const range = { from: '2025-01', to: '2025-03' };
    // Alone, only dominated February is withheld …
    expect(hiddenPeriods(months, 'month', range, [])).toEqual(['2025-02']);
    // … but Q1 − January − March + C's known figures would give it away.
    const hidden = hiddenPeriods(months, 'month', range, [other('quarter', quarter, [])]);
    expect(hidden).toContain('2025-02');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
  });

  it('withholds the quarter when the months around a hidden one are published', () => {
    const range = { from: '2025-Q1', to: '2025-Q1' };
    expect(hiddenPeriods(quarter, 'quarter', range, [])).toEqual([]);
    expect(hiddenPeriods(quarter, 'quarter', range, [other('month', months, ['2025-02'])])).toEqual(
      ['2025-Q1'],
    );
  });

  it('leaves releases with nothing to tie to as one table per period', () => {
    const units = withTimeMargins(months, 'month', { from: '2025-01', to: '2025-03' }, []);
    expect(units).toHaveLength(3);
    const tied = withTimeMargins(months, 'month', { from: '2025-01', to: '2025-03' }, [
      other('quarter', quarter, []),
    ]);
    expect(tied).toHaveLength(1);
    expect(tied[0]?.cells.filter((c) => c.external)).not.toHaveLength(0);
  });
});
