// Protection levels: how far the feasibility interval of a suppressed sensitive cell must reach
// beyond its true value so that the rule that made it sensitive is satisfied again.
import { sortedDescending } from './dominance';

/**
 * Upper protection level of the p% rule.
 *
 * The best-placed attacker is the second-largest contributor: from an upper bound U of the cell
 * it estimates the largest contribution as `U − x₂`. The cell is protected when that estimate
 * overshoots x₁ by at least p %: `U − x₂ ≥ (1 + p/100)·x₁`, i.e.
 * `U ≥ X + (p/100)·x₁ − (X − x₁ − x₂)`. The returned level `(p/100)·x₁ − (X − x₁ − x₂)` is
 * positive exactly when the p% rule finds the cell unsafe. Lower protection is taken symmetric
 * (as τ-ARGUS does by default).
 */
export function pPercentProtection(values: readonly number[], p: number): number {
  const [x1 = 0, _x2 = 0, ...rest] = sortedDescending(values);
  const remainder = rest.reduce((total, value) => total + value, 0);
  return (p / 100) * x1 - remainder;
}

/**
 * Upper protection level of the (n,k)-dominance rule: the upper bound U must satisfy
 * `x₁ + … + xₙ ≤ (k/100)·U`, so the level is `(100/k)·(x₁ + … + xₙ) − X`
 * (Handbook example 4: (1,85), contributions 300, 20, 10 → 22.94).
 */
export function dominanceProtection(values: readonly number[], n: number, k: number): number {
  const sorted = sortedDescending(values);
  const top = sorted.slice(0, n).reduce((total, value) => total + value, 0);
  const total = sorted.reduce((acc, value) => acc + value, 0);
  return (100 / k) * top - total;
}
