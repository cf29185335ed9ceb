import type { Contribution } from '../types';
import { assessCell } from './assess-cell';
import { primaryProtection, secondaryProtection } from './protection';
import { DEFAULT_SMALL_COUNT_UNITS, isSmallCount, smallCountRuleApplies } from './small-counts';

const c = (contributorId: string, value: number, attributed = false): Contribution => ({
  contributorId,
  value,
  attributed,
});

describe('assessCell', () => {
  it('passes a cell with three balanced contributors', () => {
    const result = assessCell([c('a', 40), c('b', 35), c('c', 30)]);
    expect(result).toMatchObject({ total: 105, reasons: [], reason: null, exempt: false });
  });

  it('fails fewer than three contributors, with the p% rule as well', () => {
    expect(assessCell([c('a', 50), c('b', 50)]).reasons).toEqual(['contributors', 'dominance']);
    expect(assessCell([c('a', 50)]).reason).toBe('contributors');
  });

  it('counts an organization once across its contributions and ignores zero values', () => {
    expect(assessCell([c('a', 10), c('a', 20), c('b', 30), c('c', 25)]).reasons).toEqual([]);
    expect(assessCell([c('a', 100), c('b', 0), c('c', 0)]).reason).toBe('contributors');
  });

  it('fails a dominated cell (p% rule, p = 15 by default, configurable)', () => {
    const cell = [c('a', 1000), c('b', 50), c('c', 40), c('d', 30)];
    expect(assessCell(cell).reasons).toEqual(['dominance']); // 70 < 150
    expect(assessCell(cell, { p: 5 }).reasons).toEqual([]); // 70 ≥ 50
    expect(assessCell(cell, { minContributors: 5 }).reasons).toEqual(['contributors', 'dominance']);
  });

  it('fails small counts of reports, not of URLs, and never zero', () => {
    const cell = [c('a', 3), c('b', 3), c('c', 3)];
    expect(assessCell(cell, { smallCountRule: true }).reasons).toEqual(['small_count']);
    expect(assessCell(cell, { smallCountRule: false }).reasons).toEqual([]);
    expect(assessCell([c('a', 0), c('b', 0), c('c', 0)], { smallCountRule: true }).reason).toBe(
      null,
    );
    expect(assessCell([c('a', 4), c('b', 3), c('c', 3)], { smallCountRule: true }).reason).toBe(
      null,
    );
  });

  describe('attributed exemption', () => {
    it("publishes one organization's own attributed figure", () => {
      const result = assessCell([c('acme', 4200, true)]);
      expect(result).toMatchObject({ reasons: [], exempt: true });
    });

    it('publishes a cell made only of attributed figures', () => {
      expect(assessCell([c('acme', 4200, true), c('globex', 10, true)]).reasons).toEqual([]);
    });

    it('judges a mix on its confidential contributors alone', () => {
      // Two hotlines next to a public company figure: each hotline would learn the other's.
      const mix = [c('acme', 4200, true), c('h1', 30), c('h2', 25)];
      expect(assessCell(mix)).toMatchObject({ reason: 'contributors', exempt: false });
      // A public dominant figure does not make the confidential ones unsafe.
      const balanced = [c('acme', 4200, true), c('h1', 50), c('h2', 40), c('h3', 30)];
      expect(assessCell(balanced).reasons).toEqual([]);
      // Without attribution the same cell is dominated.
      expect(assessCell(balanced.map((x) => ({ ...x, attributed: false }))).reason).toBe(
        'dominance',
      );
    });

    it('treats only the attributed part of an organization as public', () => {
      const result = assessCell([c('acme', 100, true), c('acme', 40), c('b', 45), c('c', 42)]);
      expect(result.confidential).toEqual([45, 42, 40]);
      expect(result.reasons).toEqual([]);
    });

    it('never lifts the small-count rule', () => {
      expect(assessCell([c('acme', 4, true)], { smallCountRule: true })).toMatchObject({
        reasons: ['small_count'],
        exempt: true,
      });
    });
  });
});

describe('small-count units', () => {
  it('applies to reports, accounts, notices and appeals, not to content units', () => {
    expect(
      ['reports', 'accounts', 'notices', 'appeals', 'victims'].map((u) => smallCountRuleApplies(u)),
    ).toEqual([true, true, true, true, true]);
    expect(['urls', 'files', 'items'].map((u) => smallCountRuleApplies(u))).toEqual([
      false,
      false,
      false,
    ]);
    expect(smallCountRuleApplies('urls', [...DEFAULT_SMALL_COUNT_UNITS, 'urls'])).toBe(true);
    expect([0, 1, 9, 10].map((v) => isSmallCount(v))).toEqual([false, true, true, false]);
  });
});

describe('protection requirements', () => {
  it('asks p % of the largest confidential contribution for a contributor or dominance cell', () => {
    const twoContributors = assessCell([c('a', 200), c('b', 100)]);
    expect(primaryProtection(twoContributors)).toEqual({ upper: 30, lower: 30, width: 1 });
    const dominated = assessCell([c('a', 1000), c('b', 50), c('c', 40), c('d', 30)], { p: 10 });
    expect(primaryProtection(dominated, { p: 10 })).toEqual({ upper: 30, lower: 30, width: 1 });
  });

  it('asks a minimum width for a small count, and excludes small counts for secondary cells', () => {
    const small = assessCell([c('a', 3), c('b', 3), c('c', 3)], { smallCountRule: true });
    expect(primaryProtection(small, { smallCountWidth: 5 })).toEqual({
      upper: 0,
      lower: 0,
      width: 5,
    });
    expect(secondaryProtection({ smallCountRule: true })).toEqual({
      upper: 0,
      lower: 0,
      width: 1,
      excluded: { lower: 1, upper: 9 },
    });
    expect(secondaryProtection()).toEqual({ upper: 0, lower: 0, width: 1 });
  });
});
