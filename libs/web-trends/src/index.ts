import { chartsTranslations } from '@candor/charts';
import { trendsTranslations } from './lib/i18n';

export { TrendsPage } from './lib/trends-page';
export {
  toMetricOptions,
  toTrendPoints,
  trendParams,
  type MetricOption,
  type TrendParams,
} from './lib/trend-data';
export type { TrendsMessages } from './lib/i18n/en';

/** i18n namespaces the page needs, registered by the app when the page loads. */
export const translations = { trends: trendsTranslations, charts: chartsTranslations };
