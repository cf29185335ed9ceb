import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { i18n as I18n } from 'i18next';
import { registerTranslations, type TranslationBundle } from '../i18n/i18n';

/** What a feature library gives the app for one route. */
export interface PageModule {
  Page: ComponentType;
  translations: TranslationBundle;
}

/**
 * A route-level code split: the feature's chunk loads on first visit, and its translations are
 * registered before the page renders.
 */
export function lazyPage(
  i18n: I18n,
  load: () => Promise<PageModule>,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const { Page, translations } = await load();
    registerTranslations(i18n, translations);
    return { default: Page };
  });
}
