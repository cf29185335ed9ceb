// The primary rules of privacy.md applied to one cell.
import type { Contribution, PrimaryReason } from '../types';
import { combineContributions } from './contributions';
import { pPercentUnsafe } from './dominance';
import { isSmallCount, SMALL_COUNT_THRESHOLD } from './small-counts';

export const DEFAULT_P = 15;
export const DEFAULT_MIN_CONTRIBUTORS = 3;

export interface PrimaryRuleOptions {
  /** p of the p% rule (default 15). Not shown publicly. */
  readonly p?: number;
  /** Fewer confidential contributors than this is unsafe (default 3). */
  readonly minContributors?: number;
  /** Whether the cell counts reports, people or accounts (see `smallCountRuleApplies`). */
  readonly smallCountRule?: boolean;
  /** Values 1 … threshold − 1 are small counts (default 10). */
  readonly smallCountThreshold?: number;
}

export interface CellAssessment {
  /** The cell value: the sum of all contributions. */
  readonly total: number;
  /** Every failing rule, in rule order. */
  readonly reasons: readonly PrimaryReason[];
  /** The published reason: the first failing rule, or null when the cell is safe. */
  readonly reason: PrimaryReason | null;
  /** Non-zero, and every non-zero contribution is attributed: the contributor rules are lifted. */
  readonly exempt: boolean;
  /** Per-contributor confidential sums, positive only, largest first. */
  readonly confidential: readonly number[];
}

/**
 * Applies the primary rules to a cell.
 *
 * Attributed figures are public knowledge (their organization publishes them under its name),
 * so an attacker can subtract them: the minimum-contributors and p% rules apply to the
 * confidential part only, per organization. Consequences:
 * - every non-zero contribution attributed → exempt from those two rules (an organization's own
 *   figures, or several organizations' own figures, published as such);
 * - a mix is judged on its confidential contributors alone, so "one attributed company plus two
 *   hotlines" fails the minimum-contributors rule: publishing it would hand each hotline the
 *   other's figure;
 * - contributors with value 0 do not count (a cell of 100 + 0 + 0 reveals the 100).
 * The small-count rule protects the people counted, not the organizations, so attribution never
 * lifts it. A cell of value 0 passes every rule.
 */
export function assessCell(
  contributions: readonly Contribution[],
  options: PrimaryRuleOptions = {},
): CellAssessment {
  const p = options.p ?? DEFAULT_P;
  const minContributors = options.minContributors ?? DEFAULT_MIN_CONTRIBUTORS;
  const threshold = options.smallCountThreshold ?? SMALL_COUNT_THRESHOLD;
  const figures = combineContributions(contributions);
  const total = figures.reduce((acc, f) => acc + f.attributed + f.confidential, 0);
  const confidential = figures
    .map((f) => f.confidential)
    .filter((value) => value > 0)
    .sort((a, b) => b - a);

  const reasons: PrimaryReason[] = [];
  if (confidential.length > 0 && confidential.length < minContributors) {
    reasons.push('contributors');
  }
  if (confidential.length > 0 && pPercentUnsafe(confidential, p)) reasons.push('dominance');
  if (options.smallCountRule && isSmallCount(total, threshold)) reasons.push('small_count');

  return {
    total,
    reasons,
    reason: reasons[0] ?? null,
    exempt: total > 0 && confidential.length === 0,
    confidential,
  };
}
