// Greedy secondary suppression, verified cell by cell with the LP audit.
import type { Interval, ProtectionRequirement } from '../types';
import { asIndexed, auditWith } from './audit';
import { componentOf, type Extremum, IntervalSolver, systemFor } from './lp';
import { satisfiesProtection } from './protection-check';
import { SeenRange } from './ranges';
import type { IndexedTable, Table } from './table';

/** A primary-unsafe cell: the protection it needs and what is known about it when suppressed. */
export interface SensitiveCell {
  readonly protection: ProtectionRequirement;
  /** Known range of the suppressed value (a small count shown as "fewer than 10": [1, 9]). */
  readonly bounds?: Interval;
}

export interface SecondaryOptions {
  /** Protection of the cells this function suppresses (default: interval at least 1 wide). */
  readonly secondary?: ProtectionRequirement;
  /** Cost of suppressing a published cell; cheaper first (default: its value). */
  readonly cost?: (id: string, value: number) => number;
  /** Candidates tried one at a time before adding the best one anyway (default 8). */
  readonly candidatesPerStep?: number;
  /** Return the exact LP audit of the result (default true); otherwise `intervals` is empty. */
  readonly audit?: boolean;
  /** Cells published elsewhere (another release): known to everyone, never suppressed here. */
  readonly locked?: ReadonlySet<string>;
  /**
   * Cells hidden from the start whose value needs no protection: unpublished sums that only tie
   * other cells together (a quarter's months of organizations present all quarter).
   */
  readonly free?: ReadonlySet<string>;
}

export interface SuppressionPlan {
  /** Every suppressed cell: the primary-unsafe ones and the secondary ones. */
  readonly suppressed: ReadonlySet<string>;
  readonly secondary: ReadonlySet<string>;
  /** Final LP audit of every suppressed cell. */
  readonly intervals: ReadonlyMap<string, Interval>;
}

export class ProtectionError extends Error {
  override readonly name = 'ProtectionError';
  constructor(readonly cellId: string) {
    super(`cell ${cellId} cannot be protected by suppressing more cells`);
  }
}

const DEFAULT_SECONDARY: ProtectionRequirement = { upper: 0, lower: 0, width: 1 };
/**
 * The LPs of a check, smallest first: (equation hops, most suppressed cells) around the cell.
 * The last one is the whole component, so the check is exact.
 */
const LEVELS: readonly (readonly [number, number])[] = [
  [2, 24],
  [3, 96],
  [Infinity, Infinity],
];

/**
 * Adds secondary suppressions until every suppressed cell's feasibility interval meets its
 * protection (primary cells: their requirement; secondary cells: `options.secondary`).
 *
 * Heuristic, in rounds:
 * 1. No equation may hold exactly one suppressed cell (it would be recovered by subtraction):
 *    add a partner from that equation, preferring one whose value can absorb the protection
 *    (≥ the protection needed), then one that opens no new such equation, then the cheapest.
 * 2. Check suppressed cells in table order. Suppressing more only widens intervals, so a cell
 *    found protected stays protected and is never re-checked. A check needs no LP when earlier
 *    LP solutions (still feasible points) already show the cell moving far enough; otherwise it
 *    solves max and min over the cell's neighbourhood (up to 24 suppressed cells within two
 *    equations, the others held at their true values: a restriction, so its interval lies
 *    inside the true one), then a wider one (96 cells, three equations), and the whole
 *    component only when those are not enough.
 * 3. For the first unprotected cell, try the published cells of its equations in the same
 *    order, one at a time (neighbourhood LPs only), and keep the first that protects it; if none
 *    does alone, keep the best one and go back to 1. When its equations have no published cell
 *    left, look in the equations of its whole component. When none is left there either, a
 *    secondary cell is given up: it and every suppression made after it are undone and it is
 *    never chosen again (in a small-count table a 0 under totals shown as "fewer than 10" can
 *    never be hidden, since "secondary" says it is not 1 … 9). A primary cell throws
 *    ProtectionError.
 *
 * Complexity: each round adds a cell (or gives one up for good), so the rounds are bounded by
 * (cells)², and in practice a little more than the number of suppressions; between give-ups each
 * cell is verified once.
 * A check is at most six LPs (three neighbourhoods × max and min); a fix tries at most
 * `candidatesPerStep` candidates. Each LP eliminates the equations first (O(rows·vars·rank))
 * and runs the dense simplex over the free directions only. The final audit is at most two LPs
 * per suppressed cell over its component (see auditSuppression). Measured in plain Node
 * (bench/suppression.mjs): a 40×50 two-way table (2,091 cells, 266 primary) in about 1.5 s
 * including the audit, 60×60 (3,721 cells) in about 5 s.
 */
export function chooseSecondarySuppression(
  table: Table | IndexedTable,
  primaryUnsafe: ReadonlyMap<string, SensitiveCell>,
  options: SecondaryOptions = {},
): SuppressionPlan {
  const indexed = asIndexed(table);
  const chooser = new Chooser(indexed, primaryUnsafe, options);
  chooser.run();
  return {
    suppressed: chooser.suppressed,
    secondary: chooser.secondary,
    intervals: options.audit === false ? new Map() : chooser.audit(),
  };
}

function boundsOf(cells: ReadonlyMap<string, SensitiveCell>): Map<string, Interval> {
  const bounds = new Map<string, Interval>();
  for (const [id, cell] of cells) if (cell.bounds) bounds.set(id, cell.bounds);
  return bounds;
}

class Chooser {
  readonly suppressed = new Set<string>();
  readonly secondary = new Set<string>();
  private readonly verified = new Set<string>();
  private readonly count: number[];
  private readonly bounds: Map<string, Interval>;
  private readonly order: Map<string, number>;
  private seen: SeenRange;
  /** Secondary suppressions in the order they were made (for backtracking). */
  private readonly history: string[] = [];
  /** Cells found impossible to protect as secondary suppressions, or locked: never candidates. */
  private readonly forbidden: Set<string>;
  private readonly free: ReadonlySet<string>;

  constructor(
    private readonly table: IndexedTable,
    private readonly primary: ReadonlyMap<string, SensitiveCell>,
    private readonly options: SecondaryOptions,
  ) {
    this.count = table.equations.map(() => 0);
    this.bounds = boundsOf(primary);
    this.order = new Map(table.ids.map((id, i) => [id, i]));
    this.seen = new SeenRange(table.values);
    this.forbidden = new Set(options.locked ?? []);
    this.free = options.free ?? new Set();
    for (const id of [...primary.keys(), ...this.free]) {
      if (!table.values.has(id)) throw new RangeError(`unknown cell ${id}`);
      if (this.forbidden.has(id)) throw new RangeError(`cell ${id} is locked and hidden`);
      this.add(id);
    }
  }

  /** Exact intervals of the result, reusing the feasible points found while choosing. */
  audit(): Map<string, Interval> {
    return auditWith(this.table, this.suppressed, this.bounds, this.seen);
  }

  run(): void {
    for (;;) {
      this.pairSingletons();
      const failing = this.firstUnprotected();
      if (failing === undefined) return;
      this.fix(failing);
    }
  }

  /** Step 2: the first suppressed cell, in table order, that its interval does not protect. */
  private firstUnprotected(): string | undefined {
    for (const id of this.table.ids) {
      if (this.suppressed.has(id) && !this.verified.has(id) && !this.check(id)) return id;
    }
    return undefined;
  }

  private add(id: string, secondary = false): void {
    this.suppressed.add(id);
    if (secondary) {
      this.secondary.add(id);
      this.history.push(id);
    }
    for (const e of this.table.equationsOf.get(id) ?? []) this.count[e] = (this.count[e] ?? 0) + 1;
  }

  /**
   * Undoes the secondary suppression of `id` and every one made after it, and never suppresses
   * `id` again. Intervals may shrink, so every cell is checked again and the feasible points are
   * dropped.
   */
  private backtrack(id: string): void {
    const undone = this.history.splice(this.history.indexOf(id));
    for (const cell of undone) {
      this.suppressed.delete(cell);
      this.secondary.delete(cell);
      for (const e of this.table.equationsOf.get(cell) ?? []) {
        this.count[e] = (this.count[e] ?? 1) - 1;
      }
    }
    this.forbidden.add(id);
    this.verified.clear();
    this.seen = new SeenRange(this.table.values);
  }

  private requirement(id: string): ProtectionRequirement {
    return this.primary.get(id)?.protection ?? this.options.secondary ?? DEFAULT_SECONDARY;
  }

  private value(id: string): number {
    return this.table.values.get(id) ?? 0;
  }

  /**
   * Checks one cell against the current suppressions and remembers success (monotone).
   * A tentative check (of a suppression that may be undone) looks at the two neighbourhoods
   * only, not the whole component, and keeps no feasible points.
   */
  private check(id: string, tentative = false): boolean {
    const points: ReadonlyMap<string, number>[] = [];
    let ok = this.satisfied(id, this.seen.of(id));
    const levels = tentative ? LEVELS.slice(0, 2) : LEVELS;
    let previous = 0;
    for (const [depth, size] of levels) {
      if (ok) break;
      const variables = componentOf(this.table, this.suppressed, id, depth).slice(0, size);
      if (variables.length === previous) continue;
      previous = variables.length;
      ok = this.checkOver(id, variables, points);
    }
    if (ok) this.verified.add(id);
    if (!tentative) for (const point of points) this.seen.observe(point);
    return ok;
  }

  private satisfied(id: string, interval: Interval): boolean {
    if (this.free.has(id)) return true;
    const floor = this.bounds.get(id)?.lower ?? 0;
    return satisfiesProtection(interval, this.value(id), this.requirement(id), floor);
  }

  /** Max and min of the cell with only `variables` free (a restriction when not the component). */
  private checkOver(
    id: string,
    variables: readonly string[],
    points: ReadonlyMap<string, number>[],
  ): boolean {
    const free = new Set(variables);
    const solver = new IntervalSolver(systemFor(this.table, free, variables), this.bounds);
    const solve = (direction: 'minimize' | 'maximize'): Extremum => {
      const extremum = solver.extremum(id, direction);
      points.push(extremum.point);
      return extremum;
    };
    const floor = this.bounds.get(id)?.lower ?? 0;
    const upper = solve('maximize').value;
    if (!this.satisfied(id, { lower: floor, upper })) return false;
    return this.satisfied(id, { lower: solve('minimize').value, upper });
  }

  /** How much a partner of `id` must be able to give way: its upper level, or enough width. */
  private need(id: string): number {
    const requirement = this.requirement(id);
    const floor = this.bounds.get(id)?.lower ?? 0;
    return Math.max(requirement.upper, requirement.width - (this.value(id) - floor), 1);
  }

  /** Published cells of the given equations, best first for protecting a cell needing `need`. */
  private candidates(equations: Iterable<number>, need: number): string[] {
    const cells = new Set<string>();
    for (const e of equations) {
      const equation = this.table.equations[e];
      if (!equation) continue;
      for (const id of [equation.total, ...equation.parts]) {
        if (!this.suppressed.has(id) && !this.forbidden.has(id)) cells.add(id);
      }
    }
    const cost = this.options.cost ?? ((_id: string, value: number) => value);
    const key = (id: string): number[] => {
      const value = this.value(id);
      const opened = (this.table.equationsOf.get(id) ?? []).filter(
        (e) => (this.count[e] ?? 0) === 0,
      ).length;
      return [value >= need ? 0 : 1, opened, cost(id, value), this.order.get(id) ?? 0];
    };
    const keys = new Map([...cells].map((id) => [id, key(id)]));
    return [...cells].sort((a, b) => compareKeys(keys.get(a) ?? [], keys.get(b) ?? []));
  }

  /** Step 1: no equation with exactly one suppressed cell. */
  private pairSingletons(): void {
    const queue = this.count.flatMap((n, e) => (n === 1 ? [e] : []));
    while (queue.length > 0) {
      const e = queue.shift() ?? -1;
      const equation = this.table.equations[e];
      if (!equation || this.count[e] !== 1) continue;
      const lonely = [equation.total, ...equation.parts].find((id) => this.suppressed.has(id));
      if (lonely !== undefined && this.free.has(lonely)) continue;
      const [partner] = this.candidates([e], lonely === undefined ? 1 : this.need(lonely));
      if (partner === undefined) continue;
      this.add(partner, true);
      for (const f of this.table.equationsOf.get(partner) ?? []) {
        if (this.count[f] === 1) queue.push(f);
      }
    }
  }

  /** Step 3: protect one failing cell. */
  private fix(id: string): void {
    const own = this.table.equationsOf.get(id) ?? [];
    const direct = this.candidates(own, this.need(id));
    for (const candidate of direct.slice(0, this.options.candidatesPerStep ?? 8)) {
      this.suppressed.add(candidate);
      const ok = this.check(id, true);
      this.suppressed.delete(candidate);
      if (ok) {
        this.add(candidate, true);
        return;
      }
    }
    const [best] = direct;
    if (best !== undefined) {
      this.add(best, true);
      return;
    }
    const equations = new Set<number>();
    for (const member of componentOf(this.table, this.suppressed, id)) {
      for (const e of this.table.equationsOf.get(member) ?? []) equations.add(e);
    }
    const [wider] = this.candidates(equations, this.need(id));
    if (wider !== undefined) this.add(wider, true);
    else if (this.secondary.has(id)) this.backtrack(id);
    else throw new ProtectionError(id);
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
