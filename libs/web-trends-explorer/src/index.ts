import type { ComponentType } from 'react';
import type { TrendsMessages } from './lib/i18n/en';

export type { TrendsMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** The page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface TrendsPageModule {
  Page: ComponentType;
  translations: Record<string, Record<Languages, object>>;
}

/** Route-level code splitting: the explorer, recharts and its namespaces load on first visit. */
export function loadTrendsPage(): Promise<TrendsPageModule> {
  return import('./lib/trends-route').then((m) => m.trendsPage);
}
