// The LP audit: what an attacker can learn about each suppressed cell from the published ones.
import type { Interval } from '../types';
import { components, IntervalSolver, systemFor } from './lp';
import { equationBounds, reaches, SeenRange } from './ranges';
import { type IndexedTable, indexTable, type Table } from './table';

export interface AuditOptions {
  /**
   * What the attacker knows about a suppressed cell besides the equations: a small count shown
   * as "fewer than 10" is in [1, 9]. Default [0, ∞).
   */
  readonly bounds?: ReadonlyMap<string, Interval>;
}

export function asIndexed(table: Table | IndexedTable): IndexedTable {
  return 'equationsOf' in table ? table : indexTable(table);
}

/**
 * The feasibility interval [min, max] of every suppressed cell: min and max of the cell subject
 * to every additivity equation, published cells fixed at their values, suppressed cells ≥ 0 (and
 * within their known bounds). Results are rounded to 1e-6. This is the LP relaxation, as in
 * τ-ARGUS: exact for two-way tables with margins (their equations are totally unimodular), an
 * outer bound of the integer interval otherwise.
 *
 * Cost: at most two LPs per suppressed cell, each over the connected component of suppressed
 * cells that share equations (not the whole table). Batching: every optimal point is feasible for
 * the whole component, so a bound is taken without an LP when some earlier point already reaches
 * the outer bound that the cell's equations give on their own (often 0 below).
 */
export function auditSuppression(
  table: Table | IndexedTable,
  suppressed: ReadonlySet<string>,
  options: AuditOptions = {},
): Map<string, Interval> {
  const indexed = asIndexed(table);
  for (const id of suppressed) {
    if (!indexed.values.has(id)) throw new RangeError(`unknown suppressed cell ${id}`);
  }
  return auditWith(indexed, suppressed, options.bounds ?? new Map(), new SeenRange(indexed.values));
}

/**
 * auditSuppression with feasible points already known (`seen` must only hold points that are
 * feasible for `suppressed`, e.g. found for a subset of it).
 */
export function auditWith(
  indexed: IndexedTable,
  suppressed: ReadonlySet<string>,
  bounds: ReadonlyMap<string, Interval>,
  seen: SeenRange,
): Map<string, Interval> {
  const result = new Map<string, Interval>();
  for (const component of components(indexed, suppressed)) {
    const solver = new IntervalSolver(systemFor(indexed, suppressed, component), bounds);
    const outer = new Map(
      component.map((id) => [id, equationBounds(indexed, suppressed, bounds, id)]),
    );
    const bound = (id: string, direction: 'minimize' | 'maximize'): number => {
      const target = direction === 'maximize' ? outer.get(id)?.upper : outer.get(id)?.lower;
      const reached = direction === 'maximize' ? seen.of(id).upper : seen.of(id).lower;
      if (target !== undefined && reaches(reached, target)) return target;
      const extremum = solver.extremum(id, direction);
      seen.observe(extremum.point);
      return extremum.value;
    };
    const uppers = new Map(component.map((id) => [id, bound(id, 'maximize')]));
    for (const id of component) {
      result.set(id, { lower: bound(id, 'minimize'), upper: uppers.get(id) ?? Infinity });
    }
  }
  return result;
}
