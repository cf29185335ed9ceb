// Greedy secondary suppression, verified cell by cell with the LP audit.
import type { Interval, ProtectionRequirement } from '../types';
import { asIndexed, auditSuppression } from './audit';
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
/** Most suppressed cells in the neighbourhood LP of a check. */
const NEIGHBOURHOOD = 24;

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
 *    inside the true one), and over the whole component only when the neighbourhood is not
 *    enough.
 * 3. For the first unprotected cell, try the published cells of its equations in the same order,
 *    one at a time (neighbourhood LP only), and keep the first that protects it; if none does alone, keep the best one
 *    and go back to 1. When its equations have no published cell left, look in the equations of
 *    its whole component; when none is left there either, throw ProtectionError.
 *
 * Complexity: each round adds a cell, so at most (cells) rounds, and each cell is verified once.
 * A check is at most four LPs (neighbourhood, then component; dense simplex, roughly
 * O(rows·variables) per pivot); a fix tries at most `candidatesPerStep` candidates. The final
 * audit is at most two LPs per suppressed cell over its component (see auditSuppression).
 */
export function chooseSecondarySuppression(
  table: Table | IndexedTable,
  primaryUnsafe: ReadonlyMap<string, SensitiveCell>,
  options: SecondaryOptions = {},
): SuppressionPlan {
  const indexed = asIndexed(table);
  const chooser = new Chooser(indexed, primaryUnsafe, options);
  chooser.run();
  const bounds = boundsOf(primaryUnsafe);
  return {
    suppressed: chooser.suppressed,
    secondary: chooser.secondary,
    intervals:
      options.audit === false
        ? new Map()
        : auditSuppression(indexed, chooser.suppressed, { bounds }),
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
  private readonly seen: SeenRange;

  constructor(
    private readonly table: IndexedTable,
    private readonly primary: ReadonlyMap<string, SensitiveCell>,
    private readonly options: SecondaryOptions,
  ) {
    this.count = table.equations.map(() => 0);
    this.bounds = boundsOf(primary);
    this.order = new Map(table.ids.map((id, i) => [id, i]));
    this.seen = new SeenRange(table.values);
    for (const id of primary.keys()) {
      if (!table.values.has(id)) throw new RangeError(`unknown cell ${id}`);
      this.add(id);
    }
  }

  run(): void {
    for (;;) {
      this.pairSingletons();
      const failing = this.table.ids.find(
        (id) => this.suppressed.has(id) && !this.verified.has(id) && !this.check(id),
      );
      if (failing === undefined) return;
      this.fix(failing);
    }
  }

  private add(id: string, secondary = false): void {
    this.suppressed.add(id);
    if (secondary) this.secondary.add(id);
    for (const e of this.table.equationsOf.get(id) ?? []) this.count[e] = (this.count[e] ?? 0) + 1;
  }

  private requirement(id: string): ProtectionRequirement {
    return this.primary.get(id)?.protection ?? this.options.secondary ?? DEFAULT_SECONDARY;
  }

  private value(id: string): number {
    return this.table.values.get(id) ?? 0;
  }

  /**
   * Checks one cell against the current suppressions and remembers success (monotone).
   * A tentative check (of a suppression that may be undone) looks at the neighbourhood only and
   * keeps no feasible points.
   */
  private check(id: string, tentative = false): boolean {
    const points: ReadonlyMap<string, number>[] = [];
    const near = componentOf(this.table, this.suppressed, id, 2).slice(0, NEIGHBOURHOOD);
    const ok =
      this.satisfied(id, this.seen.of(id)) ||
      this.checkOver(id, near, points) ||
      (!tentative && this.checkOver(id, componentOf(this.table, this.suppressed, id), points));
    if (ok) this.verified.add(id);
    if (!tentative) for (const point of points) this.seen.observe(point);
    return ok;
  }

  private satisfied(id: string, interval: Interval): boolean {
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
        if (!this.suppressed.has(id)) cells.add(id);
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
    if (wider === undefined) throw new ProtectionError(id);
    this.add(wider, true);
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
