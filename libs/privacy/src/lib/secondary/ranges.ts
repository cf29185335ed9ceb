// Cheap bounds on a suppressed cell's feasibility interval, used to skip linear programs.
import type { Interval } from '../types';
import { LP_GRID } from './lp';
import type { IndexedTable } from './table';

/**
 * The range of values a cell has taken in known feasible points (LP solutions). Because adding
 * suppressions only relaxes the system (the true values stay feasible for the newly suppressed
 * cells), a point stays feasible as more cells are suppressed: the range is an inner bound of
 * the current feasibility interval.
 */
export class SeenRange {
  private readonly min = new Map<string, number>();
  private readonly max = new Map<string, number>();

  constructor(private readonly values: ReadonlyMap<string, number>) {}

  observe(point: ReadonlyMap<string, number>): void {
    for (const [id, value] of point) {
      if (value < (this.min.get(id) ?? Infinity)) this.min.set(id, value);
      if (value > (this.max.get(id) ?? -Infinity)) this.max.set(id, value);
    }
  }

  of(id: string): Interval {
    const value = this.values.get(id) ?? 0;
    return {
      lower: Math.min(value, this.min.get(id) ?? value),
      upper: Math.max(value, this.max.get(id) ?? value),
    };
  }
}

/**
 * An outer bound of a suppressed cell's feasibility interval from each of its equations alone
 * (interval arithmetic over the other cells' values or known bounds). When a feasible point
 * reaches it, it is the exact bound and no LP is needed.
 */
export function equationBounds(
  table: IndexedTable,
  suppressed: ReadonlySet<string>,
  bounds: ReadonlyMap<string, Interval>,
  id: string,
): Interval {
  let lower = bounds.get(id)?.lower ?? 0;
  let upper = bounds.get(id)?.upper ?? Infinity;
  for (const e of table.equationsOf.get(id) ?? []) {
    const equation = table.equations[e];
    if (!equation) continue;
    // Σ parts − total = 0, so sign(id)·id = −Σ_{others} sign·x.
    let low = 0;
    let high = 0;
    const terms: [string, number][] = [
      [equation.total, -1],
      ...equation.parts.map((part): [string, number] => [part, 1]),
    ];
    let own = 1;
    for (const [cell, sign] of terms) {
      if (cell === id) {
        own = sign;
        continue;
      }
      const range = suppressed.has(cell)
        ? { lower: bounds.get(cell)?.lower ?? 0, upper: bounds.get(cell)?.upper ?? Infinity }
        : { lower: table.values.get(cell) ?? 0, upper: table.values.get(cell) ?? 0 };
      low += sign > 0 ? range.lower : -range.upper;
      high += sign > 0 ? range.upper : -range.lower;
    }
    // own·id ∈ [−high, −low]
    const from = own > 0 ? 0 - high : low; // 0 − x, not −x: no −0
    const to = own > 0 ? 0 - low : high;
    lower = Math.max(lower, from);
    upper = Math.min(upper, to);
  }
  return { lower, upper };
}

/** Whether a seen value reaches a bound (to the LP grid). */
export function reaches(seen: number, bound: number): boolean {
  return Number.isFinite(bound) && Math.abs(seen - bound) <= LP_GRID / 2;
}
