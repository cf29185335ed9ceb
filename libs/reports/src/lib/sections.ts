import { cellFigure, isRecord } from './figures';
import { COUNTRY_DIMENSION, type ScopedRelease } from './scope';
import {
  TAKEDOWN_METRICS,
  redistributionFigure,
  statisticData,
  takedownHours,
  takedownShare,
  takedownWithheld,
} from './statistics';
import type {
  CatalogueMetricInput,
  CountrySection,
  FlagExplanation,
  KnownContentPeriod,
  TakedownPeriod,
  TrendSection,
} from './types';

/** The count metrics charted over time, with the key figures they carry. */
export const TREND_METRICS = [
  'hotline.reports.received',
  'hotline.reports.csam',
  'company.content.actioned',
] as const;
export const COUNTRY_METRIC = 'hotline.urls.csam';

const byPeriod = <T extends { period: string | null }>(a: T, b: T) =>
  (a.period ?? '').localeCompare(b.period ?? '');

function explanations(release: ScopedRelease, metric: string): FlagExplanation[] {
  return release.statistics
    .filter((s) => (s.kind === 'spike' || s.kind === 'level_shift') && s.metric === metric)
    .flatMap((s) =>
      isRecord(s.data) && typeof s.data['text'] === 'string'
        ? [{ kind: s.kind, period: s.period, text: s.data['text'] }]
        : [],
    )
    .sort((a, b) => byPeriod(a, b) || a.kind.localeCompare(b.kind));
}

export function trendSections(
  release: ScopedRelease,
  periods: readonly string[],
  catalogue: readonly CatalogueMetricInput[],
): TrendSection[] {
  return TREND_METRICS.map((metric) => {
    const entry = catalogue.find((m) => m.code === metric);
    return {
      metric,
      label: entry?.label ?? metric,
      unit: entry?.unit ?? '',
      points: periods.map((period) => ({ period, ...cellFigure(release.total(metric, period)) })),
      explanations: explanations(release, metric),
    };
  });
}

/** Takedown times per period, for each takedown metric the scope has statistics of. */
export function takedownSection(
  release: ScopedRelease,
  periods: readonly string[],
): TakedownPeriod[] {
  return TAKEDOWN_METRICS.filter((metric) =>
    release.statistics.some((s) => s.kind === 'takedown' && s.metric === metric),
  ).flatMap((metric) =>
    periods.map((period) => {
      const data = statisticData(release.statistics, 'takedown', period, metric);
      return {
        metric,
        period,
        withheld: takedownWithheld(data),
        medianHours: takedownHours(data, 'median'),
        p90Hours: takedownHours(data, 'p90'),
        within24h: takedownShare(data, 'within24h'),
        within72h: takedownShare(data, 'within72h'),
        within7d: takedownShare(data, 'within7d'),
      };
    }),
  );
}

/** Known content and re-sharing per period; empty when the scope publishes none of it. */
export function knownContentSection(
  release: ScopedRelease,
  periods: readonly string[],
): KnownContentPeriod[] {
  const any =
    release.statistics.some((s) => s.kind === 'redistribution') ||
    release.cells.some((c) => c.metric.startsWith('content.files.'));
  if (!any) return [];
  return periods.map((period) => ({
    period,
    filesReported: cellFigure(release.total('content.files.reported', period)),
    filesKnown: cellFigure(release.total('content.files.known', period)),
    knownShare: redistributionFigure(release.statistics, period, 'knownShare'),
    filesPerItem: redistributionFigure(release.statistics, period, 'filesPerItem'),
    top10Share: redistributionFigure(release.statistics, period, 'top10Share'),
  }));
}

/** Confirmed CSAM URLs by hosting country in the last period; withheld countries carry only the reason. */
export function countrySection(release: ScopedRelease, period: string): CountrySection {
  const countries = release.cells
    .filter(
      (c) =>
        c.metric === COUNTRY_METRIC &&
        c.period === period &&
        c.dimension === COUNTRY_DIMENSION &&
        c.dimensionValue !== null,
    )
    .map((c) => ({ country: c.dimensionValue as string, ...cellFigure(c) }))
    .sort((a, b) => a.country.localeCompare(b.country));
  return { metric: COUNTRY_METRIC, period, countries };
}
