import type { PublishedCell } from './canonical-csv';

export interface CellChange {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  before: number | string | null;
  after: number | string | null;
}

const keyOf = (
  c: Pick<PublishedCell, 'metric' | 'scope' | 'period' | 'dimension' | 'dimensionValue'>,
) => [c.metric, c.scope, c.period, c.dimension ?? '', c.dimensionValue ?? ''].join('|');
const shown = (c: Pick<PublishedCell, 'value' | 'suppression'> | undefined) =>
  c ? (c.value ?? `withheld (${c.suppression})`) : null;

/** Cells whose published form differs from the previous release of the series (added, changed, dropped). */
export function changelogAgainst(
  previous: readonly PublishedCell[],
  current: readonly PublishedCell[],
): CellChange[] {
  if (previous.length === 0) return [];
  const before = new Map(previous.map((c) => [keyOf(c), c]));
  const after = new Map(current.map((c) => [keyOf(c), c]));
  const changes: CellChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (shown(a) === shown(b)) continue;
    const cell = (b ?? a) as PublishedCell;
    changes.push({
      metric: cell.metric,
      scope: cell.scope,
      period: cell.period,
      dimension: cell.dimension,
      dimensionValue: cell.dimensionValue,
      before: shown(a),
      after: shown(b),
    });
  }
  return changes.sort((x, y) => keyOf(x).localeCompare(keyOf(y)));
}
