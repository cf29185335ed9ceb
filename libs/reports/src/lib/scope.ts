import type {
  CatalogueMetricInput,
  CellInput,
  ChangelogEntryInput,
  ReportScope,
  StatisticInput,
} from './types';

export const COUNTRY_DIMENSION = 'hosting_country';

type Submitter = 'hotline' | 'company' | 'both';

function submitterOf(metric: string, catalogue: readonly CatalogueMetricInput[]): Submitter {
  const known = catalogue.find((m) => m.code === metric)?.submittedBy;
  if (known) return known;
  if (metric.startsWith('hotline.')) return 'hotline';
  if (metric.startsWith('company.')) return 'company';
  return 'both';
}

/** The cell fields a scope is decided on (cells and changelog entries share them). */
type Located = Pick<CellInput, 'metric' | 'scope' | 'dimension' | 'dimensionValue'>;

/**
 * Whether a located figure belongs to a scope. Metrics only hotlines (companies) submit are
 * published at network scope alone, which then is the hotlines' (companies') figure.
 */
function belongs(
  item: Located,
  scope: ReportScope,
  catalogue: readonly CatalogueMetricInput[],
): boolean {
  if (typeof scope === 'object' && 'country' in scope)
    return (
      item.scope === 'network' &&
      item.dimension === COUNTRY_DIMENSION &&
      item.dimensionValue === scope.country
    );
  if (typeof scope === 'object') return item.scope === `organization:${scope.organization}`;
  if (item.scope === scope) return true;
  if (scope === 'network' || item.scope !== 'network') return false;
  return submitterOf(item.metric, catalogue) === (scope === 'hotlines' ? 'hotline' : 'company');
}

/** What one report scope sees of a release. */
export interface ScopedRelease {
  /** Cells of the scope (for a country: its hosting_country cells, treated as totals). */
  cells: CellInput[];
  /** The scope's figure of a metric and period, without breakdown. */
  total: (metric: string, period: string) => CellInput | undefined;
  statistics: StatisticInput[];
  changelog: ChangelogEntryInput[];
}

export function scopeRelease(
  scope: ReportScope,
  cells: readonly CellInput[],
  statistics: readonly StatisticInput[],
  changelog: readonly ChangelogEntryInput[],
  catalogue: readonly CatalogueMetricInput[],
): ScopedRelease {
  const isCountry = typeof scope === 'object' && 'country' in scope;
  const scoped = cells.filter((c) => belongs(c, scope, catalogue));
  const totals = new Map(
    scoped
      .filter((c) => isCountry || c.dimension === null)
      .map((c) => [`${c.metric}|${c.period}`, c] as const),
  );
  // Statistics are computed for the whole network: they belong to a scope like a total cell.
  const scopedStatistics = isCountry
    ? []
    : statistics.filter((s) =>
        belongs({ ...s, dimension: null, dimensionValue: null }, scope, catalogue),
      );
  return {
    cells: scoped,
    total: (metric, period) => totals.get(`${metric}|${period}`),
    statistics: scopedStatistics,
    changelog: changelog.filter((e) => belongs(e, scope, catalogue)),
  };
}
