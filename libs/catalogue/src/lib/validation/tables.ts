import { DIMENSIONS } from '../dimensions';
import type { LocatedFigure } from './types';

/** One figure as a cell of the cross-table of the dimensions it sets. */
export interface Cell {
  dims: Readonly<Record<string, string>>;
  value: bigint;
  row: number;
}

/** All figures of a metric that set exactly the same dimensions (`dims` empty for the total). */
export interface Table {
  metric: string;
  /** Dimension codes in catalogue order. */
  dims: string[];
  cells: Cell[];
  /** Exact sum of the cells (sums of safe integers may exceed 2^53). */
  sum: bigint;
  firstRow: number;
}

const ORDER = new Map<string, number>(DIMENSIONS.map((d, i) => [d.code, i]));
const byCatalogue = (a: string, b: string): number => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0);

/** Groups figures by metric, then by the set of dimensions they carry, in order of first row. */
export function tablesByMetric(figures: readonly LocatedFigure[]): Map<string, Table[]> {
  const result = new Map<string, Map<string, Table>>();
  for (const { figure, row } of figures) {
    const dims = Object.keys(figure.dimensions).sort(byCatalogue);
    const key = dims.join(',');
    const tables = result.get(figure.metric) ?? new Map<string, Table>();
    result.set(figure.metric, tables);
    const table = tables.get(key) ?? {
      metric: figure.metric,
      dims,
      cells: [],
      sum: 0n,
      firstRow: row,
    };
    tables.set(key, table);
    const value = BigInt(figure.value);
    table.cells.push({ dims: figure.dimensions as Record<string, string>, value, row });
    table.sum += value;
    table.firstRow = Math.min(table.firstRow, row);
  }
  return new Map(
    [...result].map(([metric, tables]) => [
      metric,
      [...tables.values()].sort((a, b) => a.firstRow - b.firstRow),
    ]),
  );
}

/** The cell's values on a subset of its dimensions. */
export function project(cell: Cell, dims: readonly string[]): Record<string, string> {
  return Object.fromEntries(dims.map((d) => [d, cell.dims[d] as string]));
}

export const isSubset = (a: readonly string[], b: readonly string[]): boolean =>
  a.every((d) => b.includes(d));
