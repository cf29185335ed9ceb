import { checkPeriodRange, withoutStaleProblems } from './period-range';

describe('checkPeriodRange', () => {
  it('accepts periods of the grain, written as people type them', () => {
    expect(checkPeriodRange(' 2025-q3', '2026-Q2 ', 'quarter')).toEqual({
      ok: true,
      periodFrom: '2025-Q3',
      periodTo: '2026-Q2',
    });
  });

  it('names each field’s problem: missing, another grain, or the wrong order', () => {
    expect(checkPeriodRange('', '2026-03', 'month')).toEqual({
      ok: false,
      problems: { periodFrom: 'missing' },
    });
    expect(checkPeriodRange('2026', '2026-Q1', 'quarter')).toEqual({
      ok: false,
      problems: { periodFrom: 'invalid' },
    });
    expect(checkPeriodRange('2026-05', '2026-03', 'month')).toEqual({
      ok: false,
      problems: { periodFrom: 'order' },
    });
  });
});

describe('withoutStaleProblems', () => {
  it('drops the complaint of the field changed, and both when the grain changes', () => {
    const both = { periodFrom: 'invalid', periodTo: 'missing' } as const;
    expect(withoutStaleProblems(both, { periodTo: '2026' })).toEqual({ periodFrom: 'invalid' });
    expect(withoutStaleProblems(both, { granularity: 'year' })).toEqual({});
    expect(withoutStaleProblems(both, { title: 'x' } as never)).toEqual(both);
  });
});
