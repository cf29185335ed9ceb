/** A cell's published form on one side of a change. */
export type ShownValue =
  { kind: 'value'; value: number } | { kind: 'withheld'; reason: string } | { kind: 'absent' };

/** One entry of a release changelog, read defensively from its JSON. */
export interface ChangeRow {
  key: string;
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  before: ShownValue;
  after: ShownValue;
  /** after − before when both sides are published values. */
  delta: number | null;
  /** Codes such as `corrected_submissions`; empty when the build did not say. */
  reasons: string[];
}

export interface ChangeGroup {
  metric: string;
  rows: ChangeRow[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** The changelog writes a withheld cell as `withheld (<reason>)` and a missing one as null. */
export function toShownValue(value: unknown): ShownValue | null {
  if (value === null || value === undefined) return { kind: 'absent' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'value', value };
  const reason = typeof value === 'string' ? /^withheld \((\w+)\)$/.exec(value)?.[1] : undefined;
  return reason ? { kind: 'withheld', reason } : null;
}

function reasonsOf(entry: Record<string, unknown>): string[] {
  const many = entry['reasons'];
  return Array.isArray(many) ? many.filter((r): r is string => typeof r === 'string') : [];
}

/** The release's changelog JSON as rows; entries of an unknown shape are left out. */
export function toChangeRows(changelog: unknown): ChangeRow[] {
  if (!Array.isArray(changelog)) return [];
  return changelog.flatMap((entry): ChangeRow[] => {
    if (!isRecord(entry)) return [];
    const metric = text(entry['metric']);
    const scope = text(entry['scope']);
    const period = text(entry['period']);
    const before = toShownValue(entry['before']);
    const after = toShownValue(entry['after']);
    if (!metric || !scope || !period || !before || !after) return [];
    const dimension = text(entry['dimension']);
    const dimensionValue = text(entry['dimensionValue']);
    const delta =
      before.kind === 'value' && after.kind === 'value' ? after.value - before.value : null;
    return [
      {
        key: [metric, scope, period, dimension ?? '', dimensionValue ?? ''].join('|'),
        metric,
        scope,
        period,
        dimension,
        dimensionValue,
        before,
        after,
        delta,
        reasons: reasonsOf(entry),
      },
    ];
  });
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
