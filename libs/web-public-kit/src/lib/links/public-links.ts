import { DEFAULT_LANGUAGE, languageFromSearch } from '@candor/web-i18n';

/** The query string that keeps only the chosen language (none for English), for page links. */
export function languageSearch(search: string | URLSearchParams): string {
  const language = languageFromSearch(search);
  return language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
}

/** The public page of a release, in the same language. */
export function releasePath(releaseId: string, search: string | URLSearchParams): string {
  return `/releases/${encodeURIComponent(releaseId)}${languageSearch(search)}`;
}
