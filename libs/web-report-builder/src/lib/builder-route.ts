import { publicKitTranslations } from '@candor/web-public-kit';
import { ReportBuilderPage } from './builder-page';
import { reportBuilderTranslations } from './i18n';

/** The page with the namespaces it reads: its own, and `public` for metric names. */
export const builderRoute = {
  Page: ReportBuilderPage,
  translations: { reportBuilder: reportBuilderTranslations, ...publicKitTranslations },
};
