// Whether a feasibility interval gives a suppressed cell the protection it requires.
import type { Interval, ProtectionRequirement } from '../types';
import { LP_GRID } from './lp';

/**
 * The values an attacker still considers possible, in whole numbers (counts are integers): the
 * LP interval tightened to integers, minus the `excluded` range. Null when nothing is left.
 */
export function possibleRange(
  interval: Interval,
  excluded?: Interval,
): { lower: number; upper: number } | null {
  let lower = Math.ceil(interval.lower - LP_GRID);
  let upper = Math.floor(interval.upper + LP_GRID);
  if (excluded) {
    if (lower >= excluded.lower && lower <= excluded.upper) lower = Math.floor(excluded.upper) + 1;
    if (upper >= excluded.lower && upper <= excluded.upper) upper = Math.ceil(excluded.lower) - 1;
  }
  return lower <= upper ? { lower, upper } : null;
}

/**
 * Checks a requirement (see ProtectionRequirement) against the interval of a cell whose true
 * value is `value` and whose known lower bound is `floor` (0, or 1 for a small count).
 * The lower protection level is capped at the floor: a cell of 5 with a lower level of 8 is
 * protected when the interval reaches down to the floor.
 */
export function satisfiesProtection(
  interval: Interval,
  value: number,
  requirement: ProtectionRequirement,
  floor = 0,
): boolean {
  const range = possibleRange(interval, requirement.excluded);
  if (!range) return false;
  const { lower, upper } = range;
  return (
    upper > lower &&
    upper - lower >= requirement.width &&
    upper >= value + requirement.upper &&
    lower <= Math.max(floor, value - requirement.lower)
  );
}
