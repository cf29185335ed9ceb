import type { ComponentType } from 'react';
import type { ReportsMessages } from './lib/i18n/en';

export type { ReportsMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespace it needs, as the app's lazy routes take them. */
export interface ReportsPage {
  Page: ComponentType;
  translations: { reports: Record<Languages, object> };
}

/** The `reports` namespace, in its own chunk, shared by the pages below. */
export async function loadReportsTranslations(): Promise<ReportsPage['translations']> {
  const { reportsTranslations } = await import('./lib/i18n');
  return { reports: reportsTranslations };
}

async function page(load: Promise<ComponentType>): Promise<ReportsPage> {
  const [Page, translations] = await Promise.all([load, loadReportsTranslations()]);
  return { Page, translations };
}

/**
 * Route-level code splitting: `/reports` (the list) and `/reports/:releaseId/:scope/:language`
 * (a report; `?print=1` is the PDF layout) are each their own chunk.
 */
export const reportsPages = {
  list: () => page(import('./lib/list/reports-page').then((m) => m.ReportsPage)),
  report: () => page(import('./lib/report/report-page').then((m) => m.ReportPage)),
} satisfies Record<string, () => Promise<ReportsPage>>;

/**
 * The report view alone (rendered from a `Report` and its language), for a page that shows a
 * report it did not load by address, such as a preview before publishing.
 */
export const loadReportView = () => import('./lib/report/report-view-module');
