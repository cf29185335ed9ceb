import {
  BudgetExceededError,
  budgetEpsilon,
  createBudget,
  recordSpend,
  remainingRho,
  spentByRelease,
  spentRho,
} from './budget';

describe('PrivacyBudget', () => {
  const spend = (release: string, rho: number) => ({ release, description: 'noisy months', rho });

  it('adds spends up across releases and leaves the input untouched', () => {
    const empty = createBudget('hotline.reports.received', 1);
    const once = recordSpend(empty, spend('2026-Q1', 0.25));
    const twice = recordSpend(once, spend('2026-Q2', 0.25));
    const thrice = recordSpend(twice, spend('2026-Q2', 0.1));
    expect(empty.spends).toEqual([]);
    expect(spentRho(thrice)).toBeCloseTo(0.6, 12);
    expect(remainingRho(thrice)).toBeCloseTo(0.4, 12);
    expect(spentByRelease(thrice)).toEqual(
      new Map([
        ['2026-Q1', 0.25],
        ['2026-Q2', 0.35],
      ]),
    );
    expect(budgetEpsilon(recordSpend(createBudget('s', 1), spend('r', 0.5)), 1e-10)).toBeCloseTo(
      6.8393,
      4,
    );
  });

  it('refuses a spend past the limit, but not one that uses it up exactly', () => {
    const budget = recordSpend(createBudget('s', 0.3), spend('a', 0.1));
    expect(() => recordSpend(budget, spend('b', 0.25))).toThrow(BudgetExceededError);
    expect(spentRho(recordSpend(budget, spend('b', 0.2)))).toBeCloseTo(0.3, 12);
    expect(() => recordSpend(budget, spend('b', -1))).toThrow(RangeError);
  });
});
