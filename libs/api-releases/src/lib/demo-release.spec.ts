import { wholePeriods } from './demo-release';

describe('wholePeriods', () => {
  it('keeps only the quarters and years a range of months covers whole', () => {
    expect(wholePeriods('2023-10', '2026-09', 'month')).toEqual({ from: '2023-10', to: '2026-09' });
    expect(wholePeriods('2023-10', '2026-09', 'quarter')).toEqual({
      from: '2023-Q4',
      to: '2026-Q3',
    });
    expect(wholePeriods('2023-11', '2026-08', 'quarter')).toEqual({
      from: '2024-Q1',
      to: '2026-Q2',
    });
    expect(wholePeriods('2023-10', '2026-09', 'year')).toEqual({ from: '2024', to: '2025' });
    expect(wholePeriods('2024-01', '2024-12', 'year')).toEqual({ from: '2024', to: '2024' });
    expect(wholePeriods('2024-02', '2024-12', 'year')).toBeNull();
  });
});
