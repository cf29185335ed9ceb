import { chartsTranslations } from '@candor/charts';
import { publicKitTranslations } from '@candor/web-public-kit';
import { contentPagesTranslations } from '../i18n';
import { TakedownPage } from './takedown-page';

// Named imports only: a dynamic import of `@candor/charts` as a whole would pull in more than
// this page draws.
export const takedownPage = {
  Page: TakedownPage,
  translations: {
    contentPages: contentPagesTranslations,
    charts: chartsTranslations,
    ...publicKitTranslations,
  },
};
