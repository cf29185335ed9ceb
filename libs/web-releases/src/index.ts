import type { ComponentType } from 'react';
import type { ReleasesMessages } from './lib/i18n/en';

export type { ReleasesMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespace it needs, as the app's lazy routes take them. */
export interface ReleasesPage {
  Page: ComponentType;
  translations: { releases: Record<Languages, object> };
}

/** The `releases` namespace, in its own chunk, shared by every page below. */
export async function loadReleasesTranslations(): Promise<ReleasesPage['translations']> {
  const { releasesTranslations } = await import('./lib/i18n');
  return { releases: releasesTranslations };
}

async function page(load: Promise<ComponentType>): Promise<ReleasesPage> {
  const [Page, translations] = await Promise.all([load, loadReleasesTranslations()]);
  return { Page, translations };
}

/** Route-level code splitting: each reviewer page of releases is its own chunk. */
export const releasesPages = {
  list: () => page(import('./lib/list/releases-page').then((m) => m.ReleasesPage)),
  detail: () => page(import('./lib/detail/release-page').then((m) => m.ReleasePage)),
  annotations: () =>
    page(import('./lib/annotations/annotations-page').then((m) => m.AnnotationsPage)),
} satisfies Record<string, () => Promise<ReleasesPage>>;
