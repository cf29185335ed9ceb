import type { CatalogueMetricsQuery } from '@candor/web-graphql';

export type CatalogueMetric = CatalogueMetricsQuery['metrics'][number];

/** Who submits a group of metrics; `other` collects values the app does not know yet. */
export type GroupKey = 'hotline' | 'company' | 'both' | 'other';

export interface CatalogueGroup {
  key: GroupKey;
  metrics: CatalogueMetric[];
}

export interface CatalogueView {
  groups: CatalogueGroup[];
  metricCount: number;
  dimensionCount: number;
}

const ORDER: readonly GroupKey[] = ['hotline', 'company', 'both', 'other'];

function groupOf(submittedBy: string): GroupKey {
  return submittedBy === 'hotline' || submittedBy === 'company' || submittedBy === 'both'
    ? submittedBy
    : 'other';
}

/**
 * The catalogue as the page shows it: metrics grouped by who submits them (hotlines, companies,
 * both), each group in catalogue order; empty groups are left out.
 */
export function toCatalogueView(metrics: readonly CatalogueMetric[] | undefined): CatalogueView {
  const list = metrics ?? [];
  const groups = ORDER.map((key) => ({
    key,
    metrics: list.filter((metric) => groupOf(metric.submittedBy) === key),
  })).filter((group) => group.metrics.length > 0);
  const dimensions = new Set(list.flatMap((metric) => metric.dimensions.map((d) => d.code)));
  return { groups, metricCount: list.length, dimensionCount: dimensions.size };
}

/** Anchor of a metric on the page; codes contain dots, which are valid in ids. */
export function metricAnchor(code: string): string {
  return `metric-${code.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}
