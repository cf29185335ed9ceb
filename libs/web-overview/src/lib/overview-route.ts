import { chartsTranslations } from '@candor/charts';
import { publicKitTranslations } from '@candor/web-public-kit';
import { overviewTranslations } from './i18n';
import { OverviewPage } from './overview-page';

// Named imports only: a dynamic import of `@candor/charts` as a whole would pull recharts in.
export const overviewPage = {
  Page: OverviewPage,
  translations: {
    overview: overviewTranslations,
    charts: chartsTranslations,
    ...publicKitTranslations,
  },
};
