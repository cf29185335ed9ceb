import type { ComponentType } from 'react';
import type { ReportBuilderMessages } from './lib/i18n/en';

export type { ReportBuilderMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface ReportBuilderPage {
  Page: ComponentType;
  translations: {
    reportBuilder: Record<Languages, object>;
    /** Metric names, shared with the public pages. */
    public: Record<Languages, object>;
  };
}

/**
 * Route-level code splitting: `/reports/builder` (signed-in network staff and organization
 * admins) is its own chunk, with its translations.
 */
export const reportBuilderPages = {
  builder: () => import('./lib/builder-route').then((m) => m.builderRoute),
} satisfies Record<string, () => Promise<ReportBuilderPage>>;

/** The `reportBuilder` namespace and the ones it reads, e.g. for the app's translation checks. */
export async function loadReportBuilderTranslations(): Promise<ReportBuilderPage['translations']> {
  // Without the page module: its stylesheet is for the browser only.
  return (await import('./lib/builder-translations')).builderTranslations;
}
