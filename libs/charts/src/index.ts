// Chart frame kit: every chart of the public pages sits in a ChartFrame (heading, accessible
// name, summary, gaps with reasons, table view, CSV). Nothing here imports recharts: pages that
// draw full charts import it themselves, so light pages (the overview) stay light.
export { ChartFrame, type ChartFrameProps } from './lib/frame/chart-frame';
export { FrameTable } from './lib/frame/frame-table';
export { CsvLink } from './lib/frame/csv-link';
export { GapNote } from './lib/frame/gap-note';
export { useFrameFormat, type FrameFormat } from './lib/frame/use-frame-format';
export { useTableSummary } from './lib/frame/use-table-summary';
export {
  cellOf,
  DECIMALS,
  NOT_PUBLISHED,
  roundValue,
  seriesTable,
  toCell,
  type ChartCell,
  type ChartSeries,
  type ChartTable,
  type ChartTableRow,
  type PublishedPoint,
  type ValueKind,
} from './lib/frame/chart-table';
export { csvColumns, csvFileName, csvNumber, toCsv } from './lib/frame/csv';
export { formatChangeSize, formatPoints, formatValue } from './lib/frame/format-value';
export {
  gapGroups,
  keyLabel,
  tableView,
  type GapGroup,
  type TableFormat,
  type TableViewRow,
} from './lib/frame/table-view';
export { summarizeTable, type SeriesFacts } from './lib/frame/table-summary';
export { Sparkline, type SparklineProps } from './lib/sparkline/sparkline';
export {
  sparklineGeometry,
  type SparkBox,
  type SparkGeometry,
  type SparkPoint,
} from './lib/sparkline/sparkline-geometry';
export { ChartPatterns, patternId, SeriesMarker } from './lib/marks';
export {
  chartTheme,
  DASHES,
  MARKERS,
  PALETTE,
  PATTERNS,
  seriesStyle,
  type ChartTheme,
  type MarkerShape,
  type PatternKind,
  type SeriesStyle,
} from './lib/theme';
export { useChartFormat, type ChartFormat } from './lib/use-chart-format';
export {
  logDomain,
  logTicks,
  toChartRows,
  withheldPeriods,
  type ChartRow,
  type ScaleKind,
  type TrendPoint,
} from './lib/series';
export { summarizeSeries, type SeriesSummary as SeriesSummaryFacts } from './lib/summary';
export { chartsTranslations, type ChartsMessages } from './lib/i18n';
