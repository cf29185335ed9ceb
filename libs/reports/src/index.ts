export type {
  ReportLanguage,
  ReportScope,
  ReportDefinition,
  ReleaseNoiseInput,
  ReleaseOptionsInput,
  ChangelogEntryInput,
  ReleaseInput,
  CellInput,
  StatisticInput,
  CatalogueMetricInput,
  ReportInput,
  Figure,
  FigureKind,
  KeyFigure,
  TrendPoint,
  FlagExplanation,
  TrendSection,
  TakedownPeriod,
  KnownContentPeriod,
  CountryRow,
  CountrySection,
  MetricDescription,
  Methodology,
  AppendixRow,
  TitlePage,
  Report,
} from './lib/types';
export { reportKey, scopeKey } from './lib/report-key';
export { buildReport } from './lib/build-report';
export { KEY_FIGURES, keyFigureSpecs, type KeyFigureAudience } from './lib/key-figures';
export { COUNTRY_METRIC, TREND_METRICS } from './lib/sections';
export { DOMINANCE_RULE } from './lib/methodology';
export {
  REPORT_CSV_COLUMNS,
  reportCsv,
  reportCsvSha256,
  reportJson,
  reportJsonSha256,
  sha256,
  stableJson,
} from './lib/serialize';
