import type { ChangeRow } from '@candor/web-public-kit';

export {
  toChangeRows,
  toShownValue,
  type ChangeRow,
  type ShownValue,
} from '@candor/web-public-kit';

export interface ChangeGroup {
  metric: string;
  rows: ChangeRow[];
}

/** Code-point order, the same on every machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows grouped by metric, metrics in catalogue order (unknown ones after, by code); inside a
 * group, totals before breakdowns, then by period, scope and breakdown value.
 */
export function groupChanges(
  rows: readonly ChangeRow[],
  metricOrder: readonly string[],
): ChangeGroup[] {
  const rank = (metric: string) => {
    const index = metricOrder.indexOf(metric);
    return index === -1 ? metricOrder.length : index;
  };
  const byMetric = new Map<string, ChangeRow[]>();
  for (const row of rows) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
  return [...byMetric.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compare(a, b))
    .map(([metric, group]) => ({
      metric,
      rows: [...group].sort(
        (x, y) =>
          Number(x.dimension !== null) - Number(y.dimension !== null) ||
          compare(x.period, y.period) ||
          compare(x.scope, y.scope) ||
          compare(x.dimension ?? '', y.dimension ?? '') ||
          compare(x.dimensionValue ?? '', y.dimensionValue ?? ''),
      ),
    }));
}

/** How many rows give each reason (a row may give several), most frequent first. */
export function countReasons(rows: readonly ChangeRow[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const reason of new Set(row.reasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || compare(a.reason, b.reason));
}
