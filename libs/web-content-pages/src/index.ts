import type { ComponentType } from 'react';
import type { ContentPagesMessages } from './lib/i18n/en';

export type { ContentPagesMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface ContentPageModule {
  Page: ComponentType;
  translations: Record<string, Record<Languages, object>>;
}

/**
 * Route-level code splitting: `/takedown` and `/known-content` each load their own chunk (with
 * recharts) on first visit.
 */
export const contentPages = {
  takedown: (): Promise<ContentPageModule> =>
    import('./lib/takedown/takedown-route').then((m) => m.takedownPage),
  knownContent: (): Promise<ContentPageModule> =>
    import('./lib/known-content/known-content-route').then((m) => m.knownContentPage),
};

/** The `contentPages` namespace alone, for the app's translation checks. */
export async function loadContentPagesTranslations(): Promise<{
  contentPages: Record<Languages, object>;
}> {
  const { contentPagesTranslations } = await import('./lib/i18n');
  return { contentPages: contentPagesTranslations };
}
