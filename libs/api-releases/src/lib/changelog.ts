import type { PublishedCell } from './canonical-csv';
import type { ChangeReason } from './corrections.query';

/**
 * Why a published cell differs from the previous release: the figures behind it changed
 * (`corrected_submissions`, `late_submissions`), the catalogue definition of its metric changed
 * (`definition_changed`), or only disclosure control decided differently because of its
 * neighbours (`disclosure_control`).
 */
export type CellChangeReason = ChangeReason | 'definition_changed' | 'disclosure_control';

export interface CellChange {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  before: number | string | null;
  after: number | string | null;
  /** after − before when both are published values. */
  delta: number | null;
  reasons: CellChangeReason[];
}

/** What the builder knows about the data behind the previous release. */
export interface ChangeContext {
  /** Periods whose accepted figures changed since the previous build. */
  changedPeriods: ReadonlyMap<string, ReadonlySet<ChangeReason>>;
  /** Metric codes whose definition version differs from the previous release's. */
  redefinedMetrics: ReadonlySet<string>;
}

const keyOf = (
  c: Pick<PublishedCell, 'metric' | 'scope' | 'period' | 'dimension' | 'dimensionValue'>,
) => [c.metric, c.scope, c.period, c.dimension ?? '', c.dimensionValue ?? ''].join('|');
const shown = (c: Pick<PublishedCell, 'value' | 'suppression'> | undefined) =>
  c ? (c.value ?? `withheld (${c.suppression})`) : null;

function reasonsFor(cell: PublishedCell, context: ChangeContext): CellChangeReason[] {
  const reasons: CellChangeReason[] = [...(context.changedPeriods.get(cell.period) ?? [])].sort();
  if (context.redefinedMetrics.has(cell.metric)) reasons.push('definition_changed');
  return reasons.length > 0 ? reasons : ['disclosure_control'];
}

/** Cells whose published form differs from the previous release of the series (added, changed, dropped), with why. */
export function changelogAgainst(
  previous: readonly PublishedCell[],
  current: readonly PublishedCell[],
  context: ChangeContext = { changedPeriods: new Map(), redefinedMetrics: new Set() },
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
      delta: a?.value != null && b?.value != null ? b.value - a.value : null,
      reasons: reasonsFor(cell, context),
    });
  }
  return changes.sort((x, y) => keyOf(x).localeCompare(keyOf(y)));
}
