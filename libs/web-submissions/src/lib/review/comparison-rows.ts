import type { SubmissionCatalogueQuery, SubmissionComparisonQuery } from '@candor/web-graphql';

type Change = SubmissionComparisonQuery['submissionComparison']['changes'][number];
type Metric = SubmissionCatalogueQuery['metrics'][number];

export const CHANGE_KINDS = ['changed', 'added', 'removed', 'unchanged'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ComparisonRow {
  key: string;
  metric: string;
  metricLabel: string;
  /** Dimension and value labels, e.g. `Hosting country: NL`; empty for a total. */
  dimensions: { dimension: string; value: string }[];
  previous: number | null;
  current: number | null;
  change: ChangeKind;
  /** current − previous, when both exist. */
  delta: number | null;
  /** delta / previous, when both exist and previous is not 0. */
  ratio: number | null;
}

export interface Comparison {
  rows: ComparisonRow[];
  counts: Record<ChangeKind, number>;
}

const toKind = (raw: string, previous: number | null, current: number | null): ChangeKind => {
  const known = CHANGE_KINDS.find((kind) => kind === raw);
  if (known) return known;
  if (previous === null) return 'added';
  if (current === null) return 'removed';
  return previous === current ? 'unchanged' : 'changed';
};

/**
 * The figures of a version next to the version before, for a reviewer: what changed first, then
 * what was added, removed, and last what stayed the same; within each, in catalogue order, a
 * metric's total before its breakdowns.
 */
export function toComparison(
  changes: readonly Change[] | undefined,
  metrics: readonly Metric[] | undefined,
): Comparison {
  const order = new Map((metrics ?? []).map((m, index) => [m.code, index]));
  const byCode = new Map((metrics ?? []).map((m) => [m.code, m]));
  const rows = (changes ?? []).map((c, index) => {
    const metric = byCode.get(c.metric);
    const change = toKind(c.change, c.previous, c.current);
    const both = c.previous !== null && c.current !== null;
    const delta = both ? (c.current as number) - (c.previous as number) : null;
    return {
      index,
      row: {
        key: `${c.metric}|${c.dimensions.map((d) => `${d.dimension}=${d.value}`).join('|')}`,
        metric: c.metric,
        metricLabel: metric?.label ?? c.metric,
        dimensions: c.dimensions.map((d) => {
          const dimension = metric?.dimensions.find((x) => x.code === d.dimension);
          return {
            dimension: dimension?.label ?? d.dimension,
            value: dimension?.values.find((v) => v.code === d.value)?.label ?? d.value,
          };
        }),
        previous: c.previous,
        current: c.current,
        change,
        delta,
        ratio: delta !== null && c.previous ? delta / c.previous : null,
      } satisfies ComparisonRow,
    };
  });
  rows.sort(
    (a, b) =>
      CHANGE_KINDS.indexOf(a.row.change) - CHANGE_KINDS.indexOf(b.row.change) ||
      (order.get(a.row.metric) ?? Infinity) - (order.get(b.row.metric) ?? Infinity) ||
      a.row.metric.localeCompare(b.row.metric) ||
      a.row.dimensions.length - b.row.dimensions.length ||
      a.index - b.index,
  );
  const counts = { changed: 0, added: 0, removed: 0, unchanged: 0 };
  for (const { row } of rows) counts[row.change] += 1;
  return { rows: rows.map(({ row }) => row), counts };
}
