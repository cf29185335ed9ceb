// Gauss–Jordan elimination of the additivity equations, so that the LPs run over the free
// directions of the system only (yalps would otherwise carry every equation as two rows).
import type { LinearSystem } from './lp';
import { TableError } from './table';

/** A variable fixed by the equations given the free ones: `constant − Σ coefficient·free`. */
export interface DependentVariable {
  readonly constant: number;
  /** Index into `free` → coefficient (non-zero only). */
  readonly coefficients: ReadonlyMap<number, number>;
}

export interface ReducedSystem {
  readonly free: readonly string[];
  readonly dependent: ReadonlyMap<string, DependentVariable>;
}

const ZERO = 1e-9;

/**
 * Reduced row echelon form of the system (partial pivoting). Cost O(rows · variables · rank).
 * Throws TableError when the equations contradict each other (published values don't add up).
 */
export function reduceSystem(system: LinearSystem): ReducedSystem {
  const n = system.variables.length;
  const m = system.rows.length;
  const width = n + 1;
  const column = new Map(system.variables.map((id, j) => [id, j]));
  const a = new Float64Array(m * width);
  system.rows.forEach((row, i) => {
    for (const [id, coefficient] of row.coefficients) {
      a[i * width + (column.get(id) ?? 0)] = coefficient;
    }
    a[i * width + n] = row.rhs;
  });
  const pivotColumns: number[] = [];
  let rank = 0;
  for (let j = 0; j < n && rank < m; j += 1) {
    let best = -1;
    let bestSize = ZERO;
    for (let i = rank; i < m; i += 1) {
      const size = Math.abs(a[i * width + j] ?? 0);
      if (size > bestSize) [best, bestSize] = [i, size];
    }
    if (best < 0) continue;
    if (best !== rank) {
      for (let k = 0; k < width; k += 1) {
        const t = a[rank * width + k] ?? 0;
        a[rank * width + k] = a[best * width + k] ?? 0;
        a[best * width + k] = t;
      }
    }
    const pivot = a[rank * width + j] ?? 1;
    for (let k = j; k < width; k += 1) a[rank * width + k] = (a[rank * width + k] ?? 0) / pivot;
    for (let i = 0; i < m; i += 1) {
      const factor = i === rank ? 0 : (a[i * width + j] ?? 0);
      if (Math.abs(factor) <= ZERO) continue;
      for (let k = j; k < width; k += 1) {
        a[i * width + k] = (a[i * width + k] ?? 0) - factor * (a[rank * width + k] ?? 0);
      }
    }
    pivotColumns.push(j);
    rank += 1;
  }
  for (let i = rank; i < m; i += 1) {
    if (Math.abs(a[i * width + n] ?? 0) > 1e-6) {
      throw new TableError('published values contradict the equations');
    }
  }
  const isPivot = new Set(pivotColumns);
  const freeColumns = system.variables.map((_, j) => j).filter((j) => !isPivot.has(j));
  const dependent = new Map<string, DependentVariable>();
  pivotColumns.forEach((j, i) => {
    const coefficients = new Map<number, number>();
    freeColumns.forEach((freeColumn, f) => {
      const value = a[i * width + freeColumn] ?? 0;
      if (Math.abs(value) > ZERO) coefficients.set(f, value);
    });
    dependent.set(system.variables[j] ?? '', { constant: a[i * width + n] ?? 0, coefficients });
  });
  return { free: freeColumns.map((j) => system.variables[j] ?? ''), dependent };
}
