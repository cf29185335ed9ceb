import { chartsTranslations } from '@candor/charts';
import { publicKitTranslations } from '@candor/web-public-kit';
import { CountriesPage } from './countries-page';
import { countriesTranslations } from './i18n';

// Named imports only: a dynamic import of `@candor/charts` as a whole would pull in more than
// this page draws.
export const countriesPage = {
  Page: CountriesPage,
  translations: {
    countries: countriesTranslations,
    charts: chartsTranslations,
    ...publicKitTranslations,
  },
};
