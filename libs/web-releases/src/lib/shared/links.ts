import { DEFAULT_LANGUAGE, languageFromSearch } from '@candor/web-i18n';

/** The query string that keeps the chosen language on links between pages (`?lang=fr`, or none). */
export function languageSearch(current: string | URLSearchParams): string {
  const language = languageFromSearch(current);
  return language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
}
