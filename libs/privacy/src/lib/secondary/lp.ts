// Linear programs over the suppressed cells of a table, solved with yalps (dense simplex).
import { type Constraint, solve } from 'yalps';
import type { Interval } from '../types';
import { type ReducedSystem, reduceSystem } from './elimination';
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

/** Rounds to LP_GRID (dividing by the integer 1e6 keeps whole numbers exact; −0 becomes 0). */
export function roundToGrid(value: number): number {
  if (!Number.isFinite(value)) return value;
  const steps = Math.round(value / LP_GRID);
  return steps === 0 ? 0 : steps / Math.round(1 / LP_GRID);
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
 * Variables are non-negative, within their known bounds. The equations are eliminated first
 * (reduceSystem): the LP runs over the free variables, with one constraint per dependent
 * variable keeping it within its bounds.
 */
export class IntervalSolver {
  private readonly reduced: ReducedSystem;
  private readonly constraints: [string, Constraint][] = [];
  private readonly coefficients = new Map<string, [string, number][]>();

  constructor(
    readonly system: LinearSystem,
    bounds: ReadonlyMap<string, Interval> = new Map(),
  ) {
    this.reduced = reduceSystem(system);
    const { free, dependent } = this.reduced;
    for (const id of free) this.coefficients.set(id, []);
    free.forEach((id, j) => {
      const bound = bounds.get(id);
      if (!bound || (bound.lower <= 0 && !Number.isFinite(bound.upper))) return;
      const key = `b${j}`;
      this.constraints.push([key, toConstraint(bound.lower, bound.upper)]);
      this.coefficients.get(id)?.push([key, 1]);
    });
    let k = 0;
    for (const [id, variable] of dependent) {
      const bound = bounds.get(id) ?? { lower: 0, upper: Infinity };
      // lower ≤ constant − Σ c·x ≤ upper  ⇔  constant − upper ≤ Σ c·x ≤ constant − lower
      if (variable.coefficients.size === 0) {
        if (
          variable.constant < bound.lower - LP_GRID ||
          variable.constant > bound.upper + LP_GRID
        ) {
          throw new TableError(`cell ${id} is outside its bounds`);
        }
        continue;
      }
      const key = `d${k}`;
      k += 1;
      this.constraints.push([
        key,
        toConstraint(variable.constant - bound.upper, variable.constant - bound.lower, true),
      ]);
      for (const [j, coefficient] of variable.coefficients) {
        this.coefficients.get(free[j] ?? '')?.push([key, coefficient]);
      }
    }
  }

  extremum(target: string, direction: 'minimize' | 'maximize'): Extremum {
    const { free, dependent } = this.reduced;
    const determined = dependent.get(target);
    if (determined && determined.coefficients.size === 0) {
      return { value: roundToGrid(determined.constant), point: new Map() };
    }
    // Objective: the free variable itself, or constant − Σ c·x for a dependent one.
    const objective = new Map<string, number>();
    if (determined) {
      for (const [j, c] of determined.coefficients) objective.set(free[j] ?? '', -c);
    } else objective.set(target, 1);
    const variables = [...this.coefficients].map(
      ([id, coefficients]): [string, [string, number][]] => {
        const c = objective.get(id);
        return [id, c === undefined ? coefficients : [...coefficients, [OBJECTIVE, c]]];
      },
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
    const values = new Map(solution.variables);
    const point = new Map<string, number>(values);
    for (const [id, variable] of dependent) {
      let value = variable.constant;
      for (const [j, c] of variable.coefficients) value -= c * (values.get(free[j] ?? '') ?? 0);
      point.set(id, value);
    }
    const constant = determined ? determined.constant : 0;
    return { value: roundToGrid(constant + solution.result), point };
  }

  interval(target: string): Interval {
    return {
      lower: this.extremum(target, 'minimize').value,
      upper: this.extremum(target, 'maximize').value,
    };
  }
}

/** `{ min, max }` with infinite or (for plain bounds) non-positive minimums left out. */
function toConstraint(min: number, max: number, keepNegativeMin = false): Constraint {
  const hasMin = Number.isFinite(min) && (keepNegativeMin || min > 0);
  const hasMax = Number.isFinite(max);
  if (hasMin && hasMax) return { min, max };
  if (hasMin) return { min };
  return hasMax ? { max } : {};
}
