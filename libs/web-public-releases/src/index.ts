import type { ComponentType } from 'react';
import type { PublicReleasesMessages } from './lib/i18n/en';

export type { PublicReleasesMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespace it needs, as the app's lazy routes take them. */
export interface PublicReleasesPage {
  Page: ComponentType;
  translations: { publicReleases: Record<Languages, object> };
}

/** The `publicReleases` namespace, in its own chunk, shared by the pages below. */
export async function loadPublicReleasesTranslations(): Promise<
  PublicReleasesPage['translations']
> {
  const { publicReleasesTranslations } = await import('./lib/i18n');
  return { publicReleases: publicReleasesTranslations };
}

async function page(load: Promise<ComponentType>): Promise<PublicReleasesPage> {
  const [Page, translations] = await Promise.all([load, loadPublicReleasesTranslations()]);
  return { Page, translations };
}

/**
 * Route-level code splitting: `/releases`, `/releases/:id` and `/methodology` are each their own
 * chunk. Nothing here imports reviewer code, so public visitors never load it.
 */
export const publicReleasesPages = {
  list: () => page(import('./lib/list/releases-page').then((m) => m.ReleasesPage)),
  detail: () => page(import('./lib/detail/release-page').then((m) => m.ReleasePage)),
  methodology: () =>
    page(import('./lib/methodology/methodology-page').then((m) => m.MethodologyPage)),
} satisfies Record<string, () => Promise<PublicReleasesPage>>;
