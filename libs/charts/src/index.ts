export { TrendChart, type TrendChartProps } from './lib/trend-chart';
export { TrendFigure, type TrendFigureProps } from './lib/trend-figure';
export { DataTable, type DataTableProps } from './lib/data-table';
export { SeriesSummary } from './lib/series-summary';
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
export { chartTheme, PALETTE, seriesStyle, type ChartTheme } from './lib/theme';
export { chartsTranslations, type ChartsMessages } from './lib/i18n';
