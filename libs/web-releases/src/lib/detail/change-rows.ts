/** A cell's published form on one side of a change. */
export type ShownCell =
  { kind: 'value'; value: number } | { kind: 'withheld'; reason: string } | { kind: 'absent' };

export interface ChangeRow {
  key: string;
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  before: ShownCell;
  after: ShownCell;
  /** Why it changed (codes such as `corrected_submissions`); empty when the build did not say. */
  reasons: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The changelog writes a withheld cell as `withheld (<reason>)`, and a missing one as null. */
export function toShownCell(value: unknown): ShownCell | null {
  if (value === null || value === undefined) return { kind: 'absent' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'value', value };
  const reason = typeof value === 'string' ? /^withheld \((\w+)\)$/.exec(value)?.[1] : undefined;
  return reason ? { kind: 'withheld', reason } : null;
}

function reasonsOf(entry: Record<string, unknown>): string[] {
  const many = entry['reasons'];
  if (Array.isArray(many)) return many.filter((r): r is string => typeof r === 'string');
  const one = text(entry['reason']);
  return one ? [one] : [];
}

/** The release's changelog JSON as table rows; entries of an unknown shape are left out. */
export function toChangeRows(changelog: unknown): ChangeRow[] {
  if (!Array.isArray(changelog)) return [];
  return changelog.flatMap((entry): ChangeRow[] => {
    if (!isRecord(entry)) return [];
    const metric = text(entry['metric']);
    const scope = text(entry['scope']);
    const period = text(entry['period']);
    const before = toShownCell(entry['before']);
    const after = toShownCell(entry['after']);
    if (!metric || !scope || !period || !before || !after) return [];
    const dimension = text(entry['dimension']);
    const dimensionValue = text(entry['dimensionValue']);
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
        reasons: reasonsOf(entry),
      },
    ];
  });
}
