import type { Report } from '@candor/reports';

/** The catalogue label of a metric as the report gives it (English), or null when it has none. */
export function metricLabels(report: Report): (code: string) => string | null {
  const labels = new Map<string, string>();
  for (const trend of report.trends) labels.set(trend.metric, trend.label);
  for (const metric of report.methodology.metrics) labels.set(metric.code, metric.label);
  return (code) => labels.get(code) ?? null;
}
