/** Why a primary rule made a cell unsafe, in the order the rules are applied (privacy.md). */
export type PrimaryReason = 'contributors' | 'dominance' | 'small_count';

/** The published marker of a suppressed cell. Its value and contributor count are never published. */
export type SuppressionReason = PrimaryReason | 'secondary';

/** Rule order: when several rules fail, the first one is the published reason. */
export const PRIMARY_REASONS: readonly PrimaryReason[] = [
  'contributors',
  'dominance',
  'small_count',
];

/**
 * One organization's figure in one cell. A contributor is an organization (all its services and
 * brands together); several contributions of the same organization to a cell are added up.
 * `attributed` means the organization marked this figure for publication under its own name.
 */
export interface Contribution {
  readonly contributorId: string;
  readonly value: number;
  readonly attributed: boolean;
}

/** A closed interval; `upper` may be `Infinity`. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * What secondary suppression must guarantee for one suppressed cell with true value v, given the
 * feasibility interval [L, U] an attacker can compute from everything published:
 * - `U ≥ v + upper` (upper protection level),
 * - `L ≤ max(known lower bound, v − lower)` (lower protection level),
 * - `U − L ≥ width` and `U > L` (never a single point).
 * `excluded` is a range of values the attacker knows the cell cannot take (a cell marked
 * `secondary` in a small-count table is known not to be a small count).
 */
export interface ProtectionRequirement {
  readonly upper: number;
  readonly lower: number;
  readonly width: number;
  readonly excluded?: Interval;
}
