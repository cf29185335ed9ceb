/** Languages the web app is translated into; English is complete and the fallback. */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen in a URL query (`?lang=fr`); unknown or missing values fall back. */
export function languageFromSearch(search: string | URLSearchParams): Language {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const lang = params.get('lang')?.toLowerCase();
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/**
 * The query string with `lang` set, keeping every other parameter. The default language is
 * written too, so a shared link always opens in the language it was copied from.
 */
export function searchWithLanguage(search: string | URLSearchParams, language: Language): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params.toString()}`;
}
