import { viewPeriods } from './release-periods';

describe('viewPeriods', () => {
  it.each([
    ['2025-11', '2026-02', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-Q4', '2026-Q1', 'quarter', ['2025-Q4', '2026-Q1']],
    ['2024', '2025', 'year', ['2024', '2025']],
    ['2026-Q1', '2026-Q1', 'quarter', ['2026-Q1']],
    ['2026-Q2', '2025-Q1', 'quarter', []],
    ['2025-Q1', '2025-Q2', 'month', []],
    ['nonsense', '2025', 'year', []],
    ['0001', '0002', 'year', []],
  ] as const)('lists %s to %s by %s', (periodFrom, periodTo, granularity, expected) => {
    expect(viewPeriods({ periodFrom, periodTo }, granularity)).toEqual(expected);
  });

  it('narrows to the range in the URL, ignoring bounds of another granularity', () => {
    const release = { periodFrom: '2023-Q4', periodTo: '2026-Q3' };
    expect(viewPeriods(release, 'quarter', { from: '2026-Q1', to: null })).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(viewPeriods(release, 'quarter', { from: '2024-Q2', to: '2024-Q3' })).toEqual([
      '2024-Q2',
      '2024-Q3',
    ]);
    expect(viewPeriods(release, 'quarter', { from: '2026-03' })).toHaveLength(12);
  });

  it('lists a long monthly release in full', () => {
    expect(viewPeriods({ periodFrom: '1990-01', periodTo: '2029-12' }, 'month')).toHaveLength(480);
  });
});
