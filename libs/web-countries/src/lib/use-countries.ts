import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { usePublicRelease, type Granularity, type ViewParams } from '@candor/web-public-kit';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import {
  choose,
  countryMetrics,
  DEFAULT_METRIC,
  scopesFor,
  type CatalogueMetric,
  type CountryScope,
} from './choices';
import {
  countriesCatalogueQuery,
  countryBreakdownQuery,
  countryTotalsQuery,
} from './countries.documents';
import type { BreakdownRow, PeriodTotal } from './ranking/country-ranking';

/** Quarterly by default, as on the overview: every hotline figure is published by quarter. */
export const DEFAULT_GRANULARITY: Granularity = 'quarter';

/** The choices in effect: the URL's where they are valid, else the defaults. */
export interface CountryChoices {
  granularity: Granularity;
  metrics: CatalogueMetric[];
  metric: string;
  scopes: CountryScope[];
  scope: CountryScope;
  /** Periods of the release with a total of the metric, oldest first. */
  periods: string[];
  period: string | null;
}

export type CountriesState =
  | { status: 'loading'; choices: CountryChoices }
  | { status: 'failed'; choices: CountryChoices }
  | { status: 'no-release'; choices: CountryChoices }
  | { status: 'not-found'; choices: CountryChoices }
  | { status: 'no-metric'; choices: CountryChoices; release: PublicReleaseFragment }
  | { status: 'no-periods'; choices: CountryChoices; release: PublicReleaseFragment }
  | {
      status: 'ready';
      choices: CountryChoices;
      release: PublicReleaseFragment;
      countries: readonly { code: string; name: string }[];
      period: string;
      rows: BreakdownRow[];
      total: PeriodTotal | null;
    };

/**
 * The release the page reads (pinned in the URL, else the latest at the chosen granularity), the
 * metric's totals per period in it, and the chosen period broken down by hosting country.
 */
export function useCountries(params: ViewParams): CountriesState {
  const catalogue = useQuery(countriesCatalogueQuery);
  const answer = usePublicRelease(params.release, params.granularity ?? DEFAULT_GRANULARITY);
  const { release, granularity } = answer;

  const metrics = useMemo(() => countryMetrics(catalogue.data?.metrics ?? []), [catalogue.data]);
  const metric = catalogue.data
    ? choose(
        params.metric,
        metrics.map((m) => m.code),
        DEFAULT_METRIC,
      )
    : (params.metric ?? DEFAULT_METRIC);
  const scopes = scopesFor(metrics.find((m) => m.code === metric));
  const scope = choose(params.scope, scopes, 'network');

  const totals = useQuery(
    countryTotalsQuery,
    release && catalogue.data && metrics.length > 0
      ? { variables: { metric, scope, releaseId: release.id } }
      : skipToken,
  );
  const periods = useMemo(() => (totals.data?.series ?? []).map((p) => p.period), [totals.data]);
  const period =
    params.period && periods.includes(params.period) ? params.period : (periods.at(-1) ?? null);
  const breakdown = useQuery(
    countryBreakdownQuery,
    release && period ? { variables: { metric, period, scope, releaseId: release.id } } : skipToken,
  );

  const choices: CountryChoices = {
    granularity,
    metrics,
    metric,
    scopes,
    scope,
    periods,
    period,
  };
  const total = useMemo(
    () => totals.data?.series.find((point) => point.period === period) ?? null,
    [totals.data, period],
  );

  if (answer.failure) return { status: answer.failure, choices };
  if (catalogue.error || totals.error || breakdown.error) return { status: 'failed', choices };
  if (answer.loading || catalogue.loading) return { status: 'loading', choices };
  if (!release) return { status: 'no-release', choices };
  if (metrics.length === 0) return { status: 'no-metric', choices, release };
  if (!totals.data) return { status: 'loading', choices };
  if (!period) return { status: 'no-periods', choices, release };
  if (!breakdown.data) return { status: 'loading', choices };
  return {
    status: 'ready',
    choices,
    release,
    countries: catalogue.data?.countries ?? [],
    period,
    rows: breakdown.data.breakdown,
    total: total ? { value: total.value, suppression: total.suppression } : null,
  };
}
