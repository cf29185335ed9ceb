import type { PublishedCell } from './canonical-csv';
import { changelogAgainst } from './changelog';
import type { ChangeReason } from './corrections.query';

const cell = (period: string, value: number | null, over: Partial<PublishedCell> = {}) => ({
  metric: 'hotline.reports.received',
  scope: 'network',
  period,
  dimension: null,
  dimensionValue: null,
  value,
  suppression: value === null ? 'secondary' : null,
  ...over,
});

describe('changelogAgainst', () => {
  it('is empty for the first release of a series', () => {
    expect(changelogAgainst([], [cell('2026-01', 10)])).toEqual([]);
  });

  it('lists changed, added and dropped cells with the reasons of their period', () => {
    const changes = changelogAgainst(
      [cell('2026-01', 100), cell('2026-02', 50), cell('2026-03', 70)],
      [cell('2026-01', 120), cell('2026-02', null), cell('2026-03', 70), cell('2026-04', 10)],
      {
        changedPeriods: new Map<string, Set<ChangeReason>>([
          ['2026-01', new Set(['corrected_submissions'])],
          ['2026-04', new Set(['late_submissions'])],
        ]),
        redefinedMetrics: new Set(),
      },
    );
    expect(changes.map((c) => [c.period, c.before, c.after, c.delta, c.reasons])).toEqual([
      ['2026-01', 100, 120, 20, ['corrected_submissions']],
      // Nothing behind February changed: its neighbours' suppression pattern did.
      ['2026-02', 50, 'withheld (secondary)', null, ['disclosure_control']],
      ['2026-04', null, 10, null, ['late_submissions']],
    ]);
  });

  it('names a new definition of the metric', () => {
    const [change] = changelogAgainst([cell('2026-01', 100)], [cell('2026-01', 90)], {
      changedPeriods: new Map(),
      redefinedMetrics: new Set(['hotline.reports.received']),
    });
    expect(change?.reasons).toEqual(['definition_changed']);
  });
});
