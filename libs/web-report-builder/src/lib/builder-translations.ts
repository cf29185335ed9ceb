import { publicKitTranslations } from '@candor/web-public-kit';
import { reportBuilderTranslations } from './i18n';

/** The namespaces the page reads: its own, and `public` for metric names. */
export const builderTranslations = {
  reportBuilder: reportBuilderTranslations,
  ...publicKitTranslations,
};
