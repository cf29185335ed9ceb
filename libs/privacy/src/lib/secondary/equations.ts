// Builders for additivity equations: margins of cross-tables and time roll-ups.
import type { Equation, Table } from './table';

/** `total = Σ parts` along one dimension: a margin, a sub-total, or a quarter of months. */
export interface RollUp {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The codes of one dimension (totals included) and how its totals add up. */
export interface Dimension {
  readonly codes: readonly string[];
  readonly rollUps: readonly RollUp[];
}

export type CellIdOf = (coordinates: readonly string[]) => string;

export const defaultCellId: CellIdOf = (coordinates) => coordinates.join('|');

/** A flat dimension with one margin: `codes` plus `total = Σ codes`. */
export function withTotal(codes: readonly string[], total = 'total'): Dimension {
  return { codes: [...codes, total], rollUps: [{ total, parts: codes }] };
}

/**
 * A time dimension from its roll-ups, e.g. quarters of months and the year of quarters:
 * `[{ total: '2026-Q1', parts: ['2026-01', '2026-02', '2026-03'] }, …]`.
 * Codes are listed parts first, then totals.
 */
export function timeDimension(rollUps: readonly RollUp[]): Dimension {
  const totals = new Set(rollUps.map((r) => r.total));
  const codes = new Set<string>();
  for (const rollUp of rollUps) {
    for (const part of rollUp.parts) if (!totals.has(part)) codes.add(part);
  }
  for (const total of totals) codes.add(total);
  return { codes: [...codes], rollUps };
}

function* product(dimensions: readonly Dimension[]): Generator<string[]> {
  const [first, ...rest] = dimensions;
  if (!first) {
    yield [];
    return;
  }
  for (const code of first.codes) {
    for (const tail of product(rest)) yield [code, ...tail];
  }
}

/**
 * Every additivity equation of a cross-table: for each dimension, each of its roll-ups, and each
 * combination of codes of the other dimensions (totals included), `total = Σ parts`.
 * A table of d dimensions with margins gets Σ_d |roll-ups_d| · Π_{e≠d} |codes_e| equations.
 */
export function marginEquations(
  dimensions: readonly Dimension[],
  idOf: CellIdOf = defaultCellId,
): Equation[] {
  const equations: Equation[] = [];
  dimensions.forEach((dimension, d) => {
    const others = dimensions.filter((_, e) => e !== d);
    for (const rollUp of dimension.rollUps) {
      for (const rest of product(others)) {
        const at = (code: string): string => idOf([...rest.slice(0, d), code, ...rest.slice(d)]);
        equations.push({ total: at(rollUp.total), parts: rollUp.parts.map(at) });
      }
    }
  });
  return equations;
}

function firstTotal(
  coordinates: readonly string[],
  rollUpOf: readonly ReadonlyMap<string, RollUp>[],
): { d: number; rollUp: RollUp } | undefined {
  for (let d = 0; d < coordinates.length; d += 1) {
    const rollUp = rollUpOf[d]?.get(coordinates[d] ?? '');
    if (rollUp) return { d, rollUp };
  }
  return undefined;
}

/**
 * A full table (every cell, margins included, and its equations) from the values of the leaf
 * cells (no coordinate is a total). Totals are computed with the first roll-up that defines them.
 */
export function crossTable(
  dimensions: readonly Dimension[],
  leafValue: (coordinates: readonly string[]) => number,
  idOf: CellIdOf = defaultCellId,
): Table {
  const rollUpOf = dimensions.map((dimension) => {
    const byTotal = new Map<string, RollUp>();
    for (const rollUp of dimension.rollUps) {
      if (!byTotal.has(rollUp.total)) byTotal.set(rollUp.total, rollUp);
    }
    return byTotal;
  });
  const memo = new Map<string, number>();
  const valueAt = (coordinates: readonly string[]): number => {
    const id = idOf(coordinates);
    const known = memo.get(id);
    if (known !== undefined) return known;
    const total = firstTotal(coordinates, rollUpOf);
    let value: number;
    if (!total) value = leafValue(coordinates);
    else {
      value = total.rollUp.parts.reduce((sum, part) => {
        const next = [...coordinates];
        next[total.d] = part;
        return sum + valueAt(next);
      }, 0);
    }
    memo.set(id, value);
    return value;
  };
  const cells = [...product(dimensions)].map((coordinates) => ({
    id: idOf(coordinates),
    value: valueAt(coordinates),
  }));
  return { cells, equations: marginEquations(dimensions, idOf) };
}

/**
 * A two-dimensional table with row and column margins and a grand total, from its inner values
 * (`inner[r][c]`). Cell ids are `row|column`; margins use `total`.
 */
export function twoWayTable(
  rows: readonly string[],
  columns: readonly string[],
  inner: readonly (readonly number[])[],
  total = 'total',
): Table {
  const rowIndex = new Map(rows.map((row, i) => [row, i]));
  const columnIndex = new Map(columns.map((column, i) => [column, i]));
  return crossTable(
    [withTotal(rows, total), withTotal(columns, total)],
    ([row = '', column = '']) => {
      const value = inner[rowIndex.get(row) ?? -1]?.[columnIndex.get(column) ?? -1];
      if (value === undefined) throw new RangeError(`no value for ${row}|${column}`);
      return value;
    },
  );
}
