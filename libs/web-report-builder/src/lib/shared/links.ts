/**
 * The web page of a report, `/reports/<releaseId>/<scope>/<language>`, each part escaped (a scope
 * such as `country:NL` or `organization:<slug>` stays one path segment).
 */
export function reportPagePath(releaseId: string, scope: string, language: string): string {
  return `/reports/${[releaseId, scope, language].map(encodeURIComponent).join('/')}`;
}

/** The page of a report from its key `<releaseId>/<scope>/<language>`; null for another shape. */
export function reportPagePathFromKey(key: string): string | null {
  const parts = key.split('/');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  const [releaseId, scope, language] = parts as [string, string, string];
  return reportPagePath(releaseId, scope, language);
}

/** A report's files, the known ones first in the order they are offered. */
export const FILE_ORDER = ['report.pdf', 'report.csv', 'report.json', 'datapackage.json'] as const;
export type KnownFile = (typeof FILE_ORDER)[number];

export const toKnownFile = (name: string): KnownFile | null =>
  (FILE_ORDER as readonly string[]).includes(name) ? (name as KnownFile) : null;

export function orderedFiles<T extends { name: string }>(files: readonly T[]): T[] {
  const rank = (name: string) => {
    const index = (FILE_ORDER as readonly string[]).indexOf(name);
    return index === -1 ? FILE_ORDER.length : index;
  };
  return [...files].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
