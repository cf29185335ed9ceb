// A release changelog (JSON) read defensively: shared by the reviewer and the public release pages.
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

/** `reasons` as the builder writes it; a single `reason` as older changelogs did. */
function reasonsOf(entry: Record<string, unknown>): string[] {
  const many = entry['reasons'];
  if (Array.isArray(many)) return many.filter((r): r is string => typeof r === 'string');
  const one = text(entry['reason']);
  return one ? [one] : [];
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
