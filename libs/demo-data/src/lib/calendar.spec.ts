import { completeQuarters, monthSpan, parseMonth, quarterCode } from './calendar';

describe('calendar', () => {
  it('spans the months ending with the last month, oldest first', () => {
    const months = monthSpan('2026-09', 36);
    expect(months).toHaveLength(36);
    expect(months[0]?.code).toBe('2023-10');
    expect(months[35]?.code).toBe('2026-09');
    expect(months.map((m) => m.monthOfYear).slice(0, 4)).toEqual([10, 11, 12, 1]);
  });

  it('names quarters YYYY-Qn', () => {
    expect(monthSpan('2025-03', 1).map(quarterCode)).toEqual(['2025-Q1']);
    expect(monthSpan('2025-12', 1).map(quarterCode)).toEqual(['2025-Q4']);
  });

  it('keeps only the quarters whose three months lie in the span', () => {
    expect(completeQuarters(monthSpan('2026-09', 36)).map((q) => q.code)).toEqual([
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    const partial = completeQuarters(monthSpan('2026-08', 12)).map((q) => q.code);
    expect(partial).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('rejects what is not a month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-9', '2026-Q1', '']) {
      expect(() => parseMonth(bad)).toThrow(RangeError);
    }
  });
});
