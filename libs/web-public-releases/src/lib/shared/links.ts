import { DEFAULT_LANGUAGE, languageFromSearch } from '@candor/web-i18n';

/** The query string that keeps the chosen language on links between pages (`?lang=fr`, or none). */
export function languageSearch(current: string | URLSearchParams): string {
  const language = languageFromSearch(current);
  return language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
}

/** A query string with the language kept and extra parameters set (empty values are dropped). */
export function searchWith(
  current: string | URLSearchParams,
  extra: Readonly<Record<string, string | null>>,
): string {
  const params = new URLSearchParams(languageSearch(current));
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
