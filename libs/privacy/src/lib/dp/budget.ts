// A privacy-budget ledger: pure data in, pure data out (storage lives with the releases).
import { composeZcdp, zcdpToDp } from './zcdp';

/** One noisy release's spend, in zCDP. */
export interface BudgetSpend {
  /** The release (id or version) that spent it. */
  readonly release: string;
  /** What was released with noise (metric, cells, mechanism and parameters). */
  readonly description: string;
  readonly rho: number;
}

/** The budget of one release series: spends add up across releases (zCDP composition). */
export interface PrivacyBudget {
  readonly series: string;
  /** Total ρ the series may ever spend. */
  readonly limit: number;
  readonly spends: readonly BudgetSpend[];
}

export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(
    readonly series: string,
    readonly requested: number,
    readonly remaining: number,
  ) {
    super(`privacy budget of ${series} exceeded: ρ ${requested} requested, ${remaining} left`);
  }
}

export function createBudget(series: string, limit: number): PrivacyBudget {
  if (!(limit >= 0) || !Number.isFinite(limit)) throw new RangeError('limit must be finite ≥ 0');
  return { series, limit, spends: [] };
}

export function spentRho(budget: PrivacyBudget): number {
  return composeZcdp(budget.spends.map((spend) => spend.rho));
}

export function remainingRho(budget: PrivacyBudget): number {
  return Math.max(0, budget.limit - spentRho(budget));
}

/** A new budget with the spend recorded; throws BudgetExceededError past the limit. */
export function recordSpend(budget: PrivacyBudget, spend: BudgetSpend): PrivacyBudget {
  if (!(spend.rho >= 0) || !Number.isFinite(spend.rho)) {
    throw new RangeError('rho must be finite ≥ 0');
  }
  const remaining = remainingRho(budget);
  // A relative tolerance keeps a budget spent in exact shares (0.1 + 0.2 …) from failing.
  if (spend.rho > remaining * (1 + 1e-12) + 1e-15) {
    throw new BudgetExceededError(budget.series, spend.rho, remaining);
  }
  return { ...budget, spends: [...budget.spends, spend] };
}

/** ρ spent per release, in ledger order. */
export function spentByRelease(budget: PrivacyBudget): Map<string, number> {
  const byRelease = new Map<string, number>();
  for (const { release, rho } of budget.spends) {
    byRelease.set(release, (byRelease.get(release) ?? 0) + rho);
  }
  return byRelease;
}

/** The (ε, δ)-DP guarantee of everything spent so far (tight conversion). */
export function budgetEpsilon(budget: PrivacyBudget, delta: number): number {
  return zcdpToDp(spentRho(budget), delta);
}
