// The protection a suppressed cell needs (see ProtectionRequirement).
import type { Interval, ProtectionRequirement } from '../types';
import { type CellAssessment, DEFAULT_P } from './assess-cell';
import { pPercentProtection } from './protection-levels';
import { SMALL_COUNT_THRESHOLD } from './small-counts';

export interface ProtectionOptions {
  /** Every suppressed cell's interval (in whole numbers) must be at least this wide (default 1). */
  readonly minWidth?: number;
  /** Width required for a small count, on top of the "fewer than 10" bounds (default 4). */
  readonly smallCountWidth?: number;
}

export const DEFAULT_MIN_WIDTH = 1;
export const DEFAULT_SMALL_COUNT_WIDTH = 4;

/**
 * Protection of a primary-unsafe cell, combining every rule it fails:
 * - `contributors` / `dominance`: the p% upper protection level of its confidential contributions
 *   (with one or two contributors this is p % of the largest), lower level symmetric;
 * - `small_count`: an interval at least `smallCountWidth` wide;
 * - always at least `minWidth`.
 */
export function primaryProtection(
  assessment: CellAssessment,
  options: { readonly p?: number } & ProtectionOptions = {},
): ProtectionRequirement {
  const minWidth = options.minWidth ?? DEFAULT_MIN_WIDTH;
  let level = 0;
  let width = minWidth;
  if (assessment.reasons.includes('contributors') || assessment.reasons.includes('dominance')) {
    level = Math.max(0, pPercentProtection(assessment.confidential, options.p ?? DEFAULT_P));
  }
  if (assessment.reasons.includes('small_count')) {
    width = Math.max(width, options.smallCountWidth ?? DEFAULT_SMALL_COUNT_WIDTH);
  }
  return { upper: level, lower: level, width };
}

/**
 * Protection of a secondary suppression: never recoverable (interval at least `minWidth` wide).
 * In a small-count table a cell marked `secondary` passed the small-count rule, so the attacker
 * knows it is not 1 … 9; that range is excluded when measuring its interval.
 */
export function secondaryProtection(
  options: ProtectionOptions & {
    readonly smallCountRule?: boolean;
    readonly smallCountThreshold?: number;
  } = {},
): ProtectionRequirement {
  const width = options.minWidth ?? DEFAULT_MIN_WIDTH;
  if (!options.smallCountRule) return { upper: 0, lower: 0, width };
  const excluded: Interval = {
    lower: 1,
    upper: (options.smallCountThreshold ?? SMALL_COUNT_THRESHOLD) - 1,
  };
  return { upper: 0, lower: 0, width, excluded };
}
