import { chartsTranslations } from '@candor/charts';
import { publicKitTranslations } from '@candor/web-public-kit';
import { trendsTranslations } from './i18n';
import { TrendsPage } from './trends-page';

// Named imports only: a dynamic import of `@candor/charts` as a whole would pull recharts into
// every chunk that imports it; here recharts is wanted, and comes with the page's own chart.
export const trendsPage = {
  Page: TrendsPage,
  translations: {
    trends: trendsTranslations,
    charts: chartsTranslations,
    ...publicKitTranslations,
  },
};
