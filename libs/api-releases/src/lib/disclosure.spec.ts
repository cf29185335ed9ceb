import type { ReleaseOptions } from '@candor/db';
import { ProtectionError, protectTable } from '@candor/privacy';
import { protectReleaseTables } from './disclosure';
import { cellId, type ReleaseTable, type TableCell } from './release-tables';

const METRIC = 'company.reports.cybertipline'; // unit `reports`: the small-count rule applies
const OPTIONS: ReleaseOptions = { p: 15, minContributors: 3, roundingBase: null };

const cell = (
  period: string,
  dimensionValue: string | null,
  figures: Record<string, number>,
): TableCell => {
  const key = {
    metric: METRIC,
    scope: 'network',
    period,
    dimension: dimensionValue === null ? null : 'user_country',
    dimensionValue,
  };
  return {
    ...key,
    id: cellId(key),
    contributions: Object.entries(figures).map(([contributorId, value]) => ({
      contributorId,
      value,
      attributed: false,
    })),
  };
};

const table = (period: string, total: TableCell, parts: TableCell[]): ReleaseTable => ({
  metric: METRIC,
  period,
  cells: [total, ...parts],
  equations: [{ total: total.id, parts: parts.map((p) => p.id) }],
});

/**
 * No suppression protects `de`: it has one contributor, so the p% rule needs its interval to
 * reach 9 + 15 % of 9 = 10.35, yet it is at most the total, a small count shown as "fewer than
 * 10" (known to be 1 … 9). Nor can `fr` (0) help: suppressed as "secondary" it is known not to
 * be 1 … 9, and being at most the total it could then only be 0. The figures add up but not
 * organization by organization (the total's contributors are not the breakdown's): tables built
 * from consistent submissions were always protectable in random searches, so this one stands in
 * for any table secondary suppression cannot protect.
 */
const unprotectable = table('2026-01', cell('2026-01', null, { c1: 3, c2: 3, c3: 3 }), [
  cell('2026-01', 'de', { c4: 9 }),
  cell('2026-01', 'fr', { c1: 0 }),
]);

/** A small count (`nl`) that a secondary suppression protects. */
const protectable = table('2026-02', cell('2026-02', null, { c1: 14, c2: 14, c3: 12 }), [
  cell('2026-02', 'de', { c1: 7, c2: 7, c3: 6 }),
  cell('2026-02', 'fr', { c1: 5, c2: 5, c3: 5 }),
  cell('2026-02', 'nl', { c1: 2, c2: 2, c3: 1 }),
]);

/** protectTable called the way protectReleaseTables calls it. */
const protectDirectly = (t: ReleaseTable) =>
  protectTable({
    unit: 'reports',
    cells: t.cells.map((c) => ({ id: c.id, contributions: c.contributions })),
    equations: t.equations,
    options: { p: OPTIONS.p, minContributors: OPTIONS.minContributors },
  });

const publishedOf = (t: ReleaseTable) => {
  const published = protectReleaseTables([unprotectable, protectable], OPTIONS, 'network-month');
  return published.filter((c) => c.period === t.period);
};

const outcome = (c: { value: number | null; suppression: string | null }) => ({
  value: c.value,
  suppression: c.suppression,
});

describe('protectReleaseTables when a table cannot be protected', () => {
  it('has a fixture that secondary suppression cannot protect', () => {
    expect(() => protectDirectly(unprotectable)).toThrow(ProtectionError);
  });

  it('withholds every cell of that table, primary cells keeping their reason', () => {
    const [total, de, fr] = unprotectable.cells.map(
      ({ id: _id, contributions: _c, ...key }) => key,
    );
    expect(publishedOf(unprotectable)).toEqual([
      { ...total, value: null, suppression: 'small_count' },
      { ...de, value: null, suppression: 'contributors' },
      { ...fr, value: null, suppression: 'secondary' },
    ]);
  });

  it('publishes the other tables of the release as protectTable does', () => {
    const expected = new Map(protectDirectly(protectable).cells.map((c) => [c.id, outcome(c)]));
    const published = publishedOf(protectable);
    expect(published.map((c) => [cellId(c), outcome(c)])).toEqual(
      protectable.cells.map((c) => [c.id, expected.get(c.id)]),
    );
    const byValue = new Map(published.map((c) => [c.dimensionValue, outcome(c)]));
    expect(byValue.get(null)).toEqual({ value: 40, suppression: null });
    expect(byValue.get('nl')).toEqual({ value: null, suppression: 'small_count' });
  });
});
