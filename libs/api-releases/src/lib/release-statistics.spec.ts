import type { PublishedCell } from './canonical-csv';
import { consecutiveRuns, releaseStatistics } from './release-statistics';

const month = (i: number) =>
  `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

describe('release statistics over series with withheld points', () => {
  it('splits a series into runs of consecutive periods', () => {
    const points = [0, 1, 2, 4, 5, 9].map((i) => ({ period: month(i) }));
    expect(consecutiveRuns(points).map((run) => run.map((p) => p.period))).toEqual([
      ['2023-01', '2023-02', '2023-03'],
      ['2023-05', '2023-06'],
      ['2023-10'],
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });

  it('analyses each run instead of failing on the gap, and still finds a spike', () => {
    const cells: PublishedCell[] = Array.from({ length: 40 }, (_, i) => ({
      metric: 'hotline.reports.received',
      scope: 'network',
      period: month(i),
      dimension: null,
      dimensionValue: null,
      // A steady series with one month withheld and a clear spike well after it.
      value: i === 12 ? null : i === 36 ? 5000 : 1000 + (i % 3) * 10,
      suppression: i === 12 ? 'secondary' : null,
    }));
    const rows = releaseStatistics(cells, []);
    const spikes = rows.filter(
      (r) => r.kind === 'spike' && r.metric === 'hotline.reports.received',
    );
    expect(spikes.map((r) => r.period)).toContain(month(36));
  });
});
