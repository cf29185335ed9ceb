import type { ComponentType } from 'react';
import type { CountriesMessages } from './lib/i18n/en';

export type { CountriesMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** The page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface CountriesPageModule {
  Page: ComponentType;
  translations: Record<string, Record<Languages, object>>;
}

/** Route-level code splitting: the page, recharts and its namespaces load on first visit. */
export function loadCountriesPage(): Promise<CountriesPageModule> {
  return import('./lib/countries-route').then((m) => m.countriesPage);
}
