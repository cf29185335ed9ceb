import type { ComponentType } from 'react';
import type { OverviewMessages } from './lib/i18n/en';

export type { OverviewMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** The page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface OverviewPageModule {
  Page: ComponentType;
  translations: Record<string, Record<Languages, object>>;
}

/** Route-level code splitting: the overview and its namespaces load on first visit. */
export function loadOverviewPage(): Promise<OverviewPageModule> {
  return import('./lib/overview-route').then((m) => m.overviewPage);
}
