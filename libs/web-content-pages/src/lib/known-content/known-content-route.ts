import { chartsTranslations } from '@candor/charts';
import { publicKitTranslations } from '@candor/web-public-kit';
import { contentPagesTranslations } from '../i18n';
import { KnownContentPage } from './known-content-page';

export const knownContentPage = {
  Page: KnownContentPage,
  translations: {
    contentPages: contentPagesTranslations,
    charts: chartsTranslations,
    ...publicKitTranslations,
  },
};
