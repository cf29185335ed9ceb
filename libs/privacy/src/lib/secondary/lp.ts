// Linear programs over the suppressed cells of a table, solved with yalps (dense simplex).
import { type Constraint, solve } from 'yalps';
import type { Interval } from '../types';
import { type IndexedTable, TableError } from './table';

/** `Σ coefficient·cell = rhs` over suppressed cells; published values are in `rhs`. */
export interface LinearRow {
  readonly coefficients: ReadonlyMap<string, number>;
  readonly rhs: number;
}

export interface LinearSystem {
  readonly variables: readonly string[];
  readonly rows: readonly LinearRow[];
}

/** LP results are rounded to this grid, so that 46.99999999 reads 47. */
export const LP_GRID = 1e-6;

export function roundToGrid(value: number): number {
  return Number.isFinite(value) ? Math.round(value / LP_GRID) * LP_GRID : value;
}

/**
 * The suppressed cells connected to `start` (two suppressed cells are connected when they appear
 * in the same equation), in discovery order. `maxDepth` limits the number of equation hops.
 */
export function componentOf(
  table: IndexedTable,
  suppressed: ReadonlySet<string>,
  start: string,
  maxDepth = Infinity,
): string[] {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const from = queue[i] ?? '';
    const next = (depth.get(from) ?? 0) + 1;
    if (next > maxDepth) continue;
    for (const e of table.equationsOf.get(from) ?? []) {
      const equation = table.equations[e];
      if (!equation) continue;
      for (const id of [equation.total, ...equation.parts]) {
        if (suppressed.has(id) && !depth.has(id)) {
          depth.set(id, next);
          queue.push(id);
        }
      }
    }
  }
  return queue;
}

/** Every component of the suppressed cells. */
export function components(table: IndexedTable, suppressed: ReadonlySet<string>): string[][] {
  const done = new Set<string>();
  const result: string[][] = [];
  for (const id of table.ids) {
    if (!suppressed.has(id) || done.has(id)) continue;
    const component = componentOf(table, suppressed, id);
    for (const member of component) done.add(member);
    result.push(component);
  }
  return result;
}

/** The equations touching `variables`, with published cells moved to the right-hand side. */
export function systemFor(
  table: IndexedTable,
  suppressed: ReadonlySet<string>,
  variables: readonly string[],
): LinearSystem {
  const equationIndexes = new Set<number>();
  for (const id of variables) {
    for (const e of table.equationsOf.get(id) ?? []) equationIndexes.add(e);
  }
  const rows: LinearRow[] = [];
  for (const e of [...equationIndexes].sort((a, b) => a - b)) {
    const equation = table.equations[e];
    if (!equation) continue;
    const coefficients = new Map<string, number>();
    let rhs = 0;
    const terms: [string, number][] = [
      [equation.total, -1],
      ...equation.parts.map((id): [string, number] => [id, 1]),
    ];
    for (const [id, sign] of terms) {
      if (suppressed.has(id)) coefficients.set(id, sign);
      else rhs -= sign * (table.values.get(id) ?? 0);
    }
    rows.push({ coefficients, rhs });
  }
  return { variables, rows };
}

export interface Extremum {
  /** Optimal value, rounded to LP_GRID; Infinity when unbounded above. */
  readonly value: number;
  /** The optimal point (every variable of the system). */
  readonly point: ReadonlyMap<string, number>;
}

const OBJECTIVE = 'objective';

/**
 * Solves min / max of one variable of a system, reusing the constraint matrix across targets.
 * Variables are non-negative, within their known bounds.
 */
export class IntervalSolver {
  private readonly constraints: [string, Constraint][] = [];
  private readonly coefficients = new Map<string, [string, number][]>();

  constructor(
    readonly system: LinearSystem,
    bounds: ReadonlyMap<string, Interval> = new Map(),
  ) {
    for (const id of system.variables) this.coefficients.set(id, []);
    system.rows.forEach((row, i) => {
      const key = `r${i}`;
      this.constraints.push([key, { equal: row.rhs }]);
      for (const [id, coefficient] of row.coefficients) {
        this.coefficients.get(id)?.push([key, coefficient]);
      }
    });
    system.variables.forEach((id, j) => {
      const bound = bounds.get(id);
      if (!bound) return;
      const key = `b${j}`;
      const constraint: Constraint = Number.isFinite(bound.upper)
        ? { min: bound.lower, max: bound.upper }
        : { min: bound.lower };
      this.constraints.push([key, constraint]);
      this.coefficients.get(id)?.push([key, 1]);
    });
  }

  extremum(target: string, direction: 'minimize' | 'maximize'): Extremum {
    const variables = [...this.coefficients].map(
      ([id, coefficients]): [string, [string, number][]] =>
        id === target ? [id, [...coefficients, [OBJECTIVE, 1]]] : [id, coefficients],
    );
    const model = { direction, objective: OBJECTIVE, constraints: this.constraints, variables };
    let solution = solve(model, { includeZeroVariables: true });
    if (solution.status === 'cycled') {
      solution = solve(model, { includeZeroVariables: true, checkCycles: true, maxPivots: 1e6 });
    }
    if (solution.status === 'unbounded') {
      return { value: direction === 'maximize' ? Infinity : 0, point: new Map() };
    }
    if (solution.status !== 'optimal') {
      throw new TableError(`linear program for ${target} is ${solution.status}`);
    }
    return { value: roundToGrid(solution.result), point: new Map(solution.variables) };
  }

  interval(target: string): Interval {
    return {
      lower: this.extremum(target, 'minimize').value,
      upper: this.extremum(target, 'maximize').value,
    };
  }
}
