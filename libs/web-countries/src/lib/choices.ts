import { HOSTING_COUNTRY } from './ranking/country-ranking';

/** What the catalogue says of a metric that the choices need. */
export interface CatalogueMetric {
  code: string;
  submittedBy: string;
  requiredDimension: string | null;
  dimensions: readonly { code: string }[];
}

/** The metric shown when the URL names none (or one without a country breakdown). */
export const DEFAULT_METRIC = 'hotline.urls.csam';

export const SCOPES = ['network', 'hotlines', 'companies'] as const;
export type CountryScope = (typeof SCOPES)[number];

/**
 * Metrics a release breaks down by hosting country. A metric with a required dimension (the
 * takedown-time histograms) has no cells of its own to break down: its times by country belong
 * to the takedown statistics, so it is left out.
 */
export function countryMetrics(metrics: readonly CatalogueMetric[]): CatalogueMetric[] {
  return metrics.filter(
    (metric) =>
      !metric.requiredDimension &&
      metric.dimensions.some((dimension) => dimension.code === HOSTING_COUNTRY),
  );
}

/**
 * The scopes a release publishes a metric for: the network alone for a metric one kind of
 * organization submits, and hotlines and companies apart as well when both do.
 */
export function scopesFor(metric: CatalogueMetric | undefined): CountryScope[] {
  return metric?.submittedBy === 'both' ? [...SCOPES] : ['network'];
}

/** The URL's choice when it is one of the options, else the default (the first option). */
export function choose<T extends string>(
  wanted: string | null,
  options: readonly T[],
  fallback: T,
): T {
  return options.find((option) => option === wanted) ?? options[0] ?? fallback;
}
