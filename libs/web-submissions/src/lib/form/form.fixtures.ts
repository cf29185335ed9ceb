import type { CatalogueDimension, CatalogueMetric } from './form-state';

const dimension = (code: string, kind: string, values: string[] = []): CatalogueDimension => ({
  code,
  label: `Label of ${code}`,
  definition: '',
  kind,
  values: values.map((v) => ({ code: v, label: `Label of ${v}` })),
});

export const HOSTING = dimension('hosting_country', 'country');
export const CONTENT = dimension('content_type', 'enumeration', ['image', 'video', 'unknown']);
export const TAKEDOWN = dimension('takedown_hours', 'histogram', ['[0,1)', '[1,2)', 'not_removed']);

const metric = (
  code: string,
  dimensions: CatalogueDimension[] = [],
  requiredDimension: string | null = null,
): CatalogueMetric => ({
  code,
  label: `Label of ${code}`,
  definition: '',
  submittedBy: 'hotline',
  unit: 'reports',
  version: 1,
  requiredDimension,
  dimensions,
});

/** A small catalogue for tests: a plain total, a metric with breakdowns, a histogram. */
export const METRICS: CatalogueMetric[] = [
  metric('hotline.reports.received'),
  metric('hotline.urls.csam', [HOSTING, CONTENT]),
  metric('hotline.takedown', [TAKEDOWN, HOSTING], 'takedown_hours'),
];
