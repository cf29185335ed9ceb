import { ReportBuilderPage } from './builder-page';
import { builderTranslations } from './builder-translations';

/** The page with the namespaces it reads. */
export const builderRoute = { Page: ReportBuilderPage, translations: builderTranslations };
