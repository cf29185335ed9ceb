// Inputs (a published release as the API reads it) and the report model built from them.

export type ReportLanguage = 'en' | 'fr' | 'de' | 'es';
export type ReportScope =
  'network' | 'hotlines' | 'companies' | { country: string } | { organization: string };

export interface ReportDefinition {
  releaseId: string;
  scope: ReportScope;
  language: ReportLanguage;
}

export interface ReleaseNoiseInput {
  mechanism: string;
  rho: number;
  seriesSpentRho: number;
  seriesLimitRho: number;
  epsilon: number;
  delta: number;
  metrics?: readonly { metric: string; sensitivity2: number; sigma2: number }[];
}

export interface ReleaseOptionsInput {
  /** p of the p% rule: accepted because releases carry it, never copied into a report. */
  p?: number;
  minContributors: number;
  roundingBase: number | null;
  noise?: ReleaseNoiseInput | null;
}

export interface ChangelogEntryInput {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  before: number | string | null;
  after: number | string | null;
  delta: number | null;
  reasons: readonly string[];
}

export interface ReleaseInput {
  id: string;
  series: string;
  version: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  granularity: 'month' | 'quarter' | 'year';
  /** ISO timestamp as stored; the report carries no other date. */
  publishedAt: string | null;
  checksum: string | null;
  options: ReleaseOptionsInput;
  definitionVersions: Readonly<Record<string, number>>;
  changelog: readonly ChangelogEntryInput[];
}

export interface CellInput {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  value: number | null;
  suppression: string | null;
}

export interface StatisticInput {
  kind: string;
  metric: string;
  scope: string;
  period: string | null;
  data: unknown;
}

export interface CatalogueMetricInput {
  code: string;
  label: string;
  unit: string;
  definition: string;
  version: number;
  /** Who submits the metric; when absent it is read from the code prefix. */
  submittedBy?: 'hotline' | 'company' | 'both';
}

export interface ReportInput {
  release: ReleaseInput;
  cells: readonly CellInput[];
  statistics: readonly StatisticInput[];
  metrics: readonly CatalogueMetricInput[];
  definition: ReportDefinition;
}

/** A published number, or null with the reason it is not shown. */
export interface Figure {
  value: number | null;
  withheld: string | null;
}

export type FigureKind = 'count' | 'share' | 'hours';

export interface KeyFigure extends Figure {
  id: string;
  metric: string;
  kind: FigureKind;
  period: string;
  previous: (Figure & { period: string }) | null;
  /** Relative change for counts and hours, difference in points (fractions) for shares. */
  change: number | null;
  changeKind: 'relative' | 'difference';
  /** Why there is no change when `change` is null. */
  changeWithheld: string | null;
}

export interface TrendPoint extends Figure {
  period: string;
}

export interface FlagExplanation {
  kind: string;
  period: string | null;
  text: string;
}

export interface TrendSection {
  metric: string;
  label: string;
  unit: string;
  points: TrendPoint[];
  explanations: FlagExplanation[];
}

export interface TakedownPeriod {
  metric: string;
  period: string;
  withheld: string | null;
  medianHours: Figure;
  p90Hours: Figure;
  within24h: Figure;
  within72h: Figure;
  within7d: Figure;
}

export interface KnownContentPeriod {
  period: string;
  filesReported: Figure;
  filesKnown: Figure;
  knownShare: Figure;
  filesPerItem: Figure;
  top10Share: Figure;
}

export interface CountryRow extends Figure {
  country: string;
}

export interface CountrySection {
  metric: string;
  period: string;
  countries: CountryRow[];
}

export interface MetricDescription {
  code: string;
  label: string;
  unit: string;
  definition: string;
  version: number;
}

export interface Methodology {
  minContributors: number;
  roundingBase: number | null;
  dominanceRule: string;
  noise: {
    mechanism: string;
    rho: number;
    epsilon: number;
    delta: number;
    seriesSpentRho: number;
    seriesLimitRho: number;
  } | null;
  metrics: MetricDescription[];
}

export interface AppendixRow {
  section: string;
  item: string;
  metric: string;
  period: string;
  dimension: string;
  dimensionValue: string;
  measure: string;
  value: number | null;
  withheld: string | null;
}

export interface TitlePage {
  key: string;
  title: string;
  releaseId: string;
  series: string;
  version: number;
  periodFrom: string;
  periodTo: string;
  granularity: string;
  publishedAt: string | null;
  checksum: string | null;
  scope: string;
  language: ReportLanguage;
}

export interface Report {
  titlePage: TitlePage;
  keyFigures: KeyFigure[];
  trends: TrendSection[];
  takedown: TakedownPeriod[];
  knownContent: KnownContentPeriod[];
  countries: CountrySection;
  corrections: ChangelogEntryInput[];
  methodology: Methodology;
  appendix: AppendixRow[];
}
