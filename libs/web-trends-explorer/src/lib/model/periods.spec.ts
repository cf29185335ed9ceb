import { grainOf, periodAt, periodsBetween, releasePeriods, spansSeveral } from './periods';

describe('releasePeriods', () => {
  it.each([
    ['2025-11', '2026-02', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-Q3', '2026-Q1', 'quarter', ['2025-Q3', '2025-Q4', '2026-Q1']],
    ['2024', '2026', 'year', ['2024', '2025', '2026']],
    ['2026-03', '2026-03', 'month', ['2026-03']],
  ] as const)('lists %s to %s by %s', (from, to, granularity, expected) => {
    expect(releasePeriods(from, to, granularity)).toEqual(expected);
  });

  it.each([
    ['bounds of another grain', '2025-Q1', '2025-Q4', 'month'],
    ['an end before the start', '2026-03', '2025-12', 'month'],
    ['a code that is not a period', 'soon', '2026-03', 'month'],
  ] as const)('is empty for %s', (_name, from, to, granularity) => {
    expect(releasePeriods(from, to, granularity)).toEqual([]);
  });

  it('covers a long release', () => {
    const months = releasePeriods('1990-01', '2089-12', 'month');
    expect(months).toHaveLength(1200);
    expect(months.at(-1)).toBe('2089-12');
  });
});

describe('periodAt', () => {
  it.each([
    ['2025-03', 'month', '2025-03'],
    ['2025-03', 'quarter', '2025-Q1'],
    ['2025-11', 'year', '2025'],
    ['2025-Q3', 'month', '2025-07'],
    ['2025-H2', 'quarter', '2025-Q3'],
    ['2025', 'quarter', '2025-Q1'],
    ['2025-Q4', 'year', '2025'],
  ] as const)('places %s on a %s chart at %s', (code, granularity, expected) => {
    expect(periodAt(code, granularity)).toBe(expected);
  });

  it('is null for a code that is not a period', () => {
    expect(periodAt('2025-13', 'month')).toBeNull();
  });
});

describe('spansSeveral', () => {
  it.each([
    ['2025', 'month', true],
    ['2025-H1', 'quarter', true],
    ['2025-Q1', 'quarter', false],
    ['2025-03', 'year', false],
    ['nonsense', 'month', false],
  ] as const)('%s on a %s chart: %s', (code, granularity, expected) => {
    expect(spansSeveral(code, granularity)).toBe(expected);
  });
});

describe('grainOf', () => {
  it('names the grain of a code', () => {
    expect(['2025-01', '2025-Q1', '2025-H1', '2025', 'x'].map(grainOf)).toEqual([
      'month',
      'quarter',
      'half',
      'year',
      null,
    ]);
  });
});

describe('periodsBetween', () => {
  const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];

  it('shows every period without bounds', () => {
    expect(periodsBetween(periods, null, null)).toEqual({ periods, from: null, to: null });
  });

  it('keeps both bounds', () => {
    expect(periodsBetween(periods, '2025-Q2', '2025-Q3')).toEqual({
      periods: ['2025-Q2', '2025-Q3'],
      from: '2025-Q2',
      to: '2025-Q3',
    });
  });

  it('swaps bounds in the wrong order', () => {
    expect(periodsBetween(periods, '2025-Q4', '2025-Q2').periods).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });

  it('ignores a bound that is not one of the periods', () => {
    expect(periodsBetween(periods, '2025-03', '2025-Q2')).toEqual({
      periods: ['2025-Q1', '2025-Q2'],
      from: null,
      to: '2025-Q2',
    });
  });

  it('is empty for no periods', () => {
    expect(periodsBetween([], '2025-Q1', null)).toEqual({ periods: [], from: null, to: null });
  });
});
