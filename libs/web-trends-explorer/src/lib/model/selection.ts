import type { Granularity, Scale, ViewParams } from '@candor/web-public-kit';
import type { BreakdownOption, MetricOption, ScopeCode } from './explorer-options';

/** Reports received: published every month by every hotline, the figure most people look for. */
export const DEFAULT_METRIC = 'hotline.reports.received';
/** Monthly: the grain with the most points, where spikes show. */
export const DEFAULT_GRANULARITY: Granularity = 'month';

/** What the chart shows, each choice checked against what the catalogue offers. */
export interface Selection {
  metric: MetricOption;
  scope: ScopeCode;
  breakdown: BreakdownOption | null;
  /** The breakdown's value from the URL; null when it has none (see `defaultValue`). */
  value: string | null;
  scale: Scale;
}

/**
 * The selection a URL asks for. A metric the explorer does not offer falls back to the default,
 * and a scope or breakdown the metric is not published with is dropped, so every link shows
 * something the release has.
 */
export function resolveSelection(
  params: ViewParams,
  metrics: readonly MetricOption[],
): Selection | null {
  const metric =
    metrics.find((option) => option.code === params.metric) ??
    metrics.find((option) => option.code === DEFAULT_METRIC) ??
    metrics[0];
  if (!metric) return null;
  const scope = metric.scopes.find((code) => code === params.scope) ?? 'network';
  const breakdown = metric.breakdowns.find((option) => option.code === params.dimension) ?? null;
  const value =
    breakdown && params.value !== null && breakdown.values.includes(params.value)
      ? params.value
      : null;
  return { metric, scope, breakdown, value, scale: params.scale ?? 'linear' };
}

/** One value of a breakdown in one period, as `breakdown` publishes it. */
export interface BreakdownItem {
  value: string;
  count: number | null;
  suppression: string | null;
}

/**
 * The value shown when a breakdown is chosen without one: the largest published figure of the
 * release's last period, else a value that has a (withheld) cell, else the first of the list.
 */
export function defaultValue(
  breakdown: BreakdownOption,
  items: readonly BreakdownItem[],
): string | null {
  const known = items.filter((item) => breakdown.values.includes(item.value));
  const published = known
    .filter((item) => item.count !== null && item.suppression === null)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.value < b.value ? -1 : 1));
  return published[0]?.value ?? known[0]?.value ?? breakdown.values[0] ?? null;
}

/** Values of a breakdown that have a published figure in the release's last period. */
export function publishedValues(items: readonly BreakdownItem[]): Set<string> {
  return new Set(
    items
      .filter((item) => item.count !== null && item.suppression === null)
      .map((item) => item.value),
  );
}
