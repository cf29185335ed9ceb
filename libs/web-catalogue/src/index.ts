import { catalogueTranslations } from './lib/i18n';

export { CataloguePage } from './lib/catalogue-page';
export { toCatalogueView, type CatalogueView } from './lib/catalogue-data';
export type { CatalogueMessages } from './lib/i18n/en';

/** i18n namespaces the page needs, registered by the app when the page loads. */
export const translations = { catalogue: catalogueTranslations };
