import type { CellInput, Figure } from './types';

export const NOT_PUBLISHED = 'not_published';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A cell as shown: a suppressed cell never yields its value, whatever the value field holds. */
export function cellFigure(cell: CellInput | undefined): Figure {
  if (!cell) return { value: null, withheld: NOT_PUBLISHED };
  if (cell.suppression !== null) return { value: null, withheld: cell.suppression };
  const value = finite(cell.value);
  return value === null ? { value: null, withheld: NOT_PUBLISHED } : { value, withheld: null };
}

/** A number read from statistic data, or a gap. */
export function dataFigure(value: unknown, gap = NOT_PUBLISHED): Figure {
  const number = finite(value);
  return number === null ? { value: null, withheld: gap } : { value: number, withheld: null };
}
