/**
 * What the explorer offers, from the catalogue: the metrics that have a total over time, the
 * organization kinds each is published for, and the breakdowns a reader can filter by.
 */

/** A metric as the catalogue query gives it. */
export interface CatalogueMetric {
  code: string;
  submittedBy: string;
  requiredDimension: string | null;
  dimensions: readonly {
    code: string;
    kind: string;
    values: readonly { code: string }[];
  }[];
}

/** Organization kinds, as release scopes. */
export const SCOPES = ['network', 'hotlines', 'companies'] as const;
export type ScopeCode = (typeof SCOPES)[number];

/**
 * Dimensions the explorer filters by, in the order it lists them: where content is hosted or
 * users are, what kind of content, how it was found. The catalogue has no grouping of countries
 * into regions, and a region summed here from published country cells would be wrong wherever a
 * country is withheld, so there is no region filter.
 */
export const BREAKDOWNS = ['hosting_country', 'user_country', 'content_type', 'detection'] as const;
export type BreakdownCode = (typeof BREAKDOWNS)[number];

/** The value of a country dimension for content whose country is not known. */
export const UNKNOWN_COUNTRY = 'unknown';

export interface BreakdownOption {
  code: BreakdownCode;
  kind: 'country' | 'enumeration';
  /** Value codes: the catalogue's list, or every country code and `unknown`. */
  values: readonly string[];
}

export interface MetricOption {
  code: string;
  submittedBy: string;
  scopes: readonly ScopeCode[];
  breakdowns: readonly BreakdownOption[];
}

const isBreakdown = (code: string): code is BreakdownCode =>
  (BREAKDOWNS as readonly string[]).includes(code);

/**
 * Scopes a metric is published for: always the whole network, and hotlines and companies on
 * their own only where both submit it (otherwise the network is the one kind that submits it).
 */
export function scopesOf(submittedBy: string): ScopeCode[] {
  return submittedBy === 'both' ? [...SCOPES] : ['network'];
}

/**
 * The metrics the explorer offers, in catalogue order. Metrics that only exist broken down
 * (takedown-time and repeat histograms) have no total to draw and are left to their own pages.
 */
export function explorerMetrics(
  metrics: readonly CatalogueMetric[],
  countryCodes: readonly string[],
): MetricOption[] {
  const countries = [...countryCodes, UNKNOWN_COUNTRY];
  return metrics
    .filter((metric) => !metric.requiredDimension)
    .map((metric) => {
      const breakdowns = metric.dimensions.flatMap((dimension): BreakdownOption[] => {
        if (!isBreakdown(dimension.code)) return [];
        if (dimension.kind === 'country')
          return [{ code: dimension.code, kind: 'country', values: countries }];
        if (dimension.kind === 'enumeration')
          return [
            {
              code: dimension.code,
              kind: 'enumeration',
              values: dimension.values.map((value) => value.code),
            },
          ];
        return [];
      });
      breakdowns.sort((a, b) => BREAKDOWNS.indexOf(a.code) - BREAKDOWNS.indexOf(b.code));
      return {
        code: metric.code,
        submittedBy: metric.submittedBy,
        scopes: scopesOf(metric.submittedBy),
        breakdowns,
      };
    });
}
