/** A path segment: escaped, but keeping the `:` of scopes such as `country:NL` readable. */
const segment = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':');

/** The stable path of a report's page: `/reports/<releaseId>/<scope>/<language>`. */
export function reportPath(releaseId: string, scope: string, language: string): string {
  return `/reports/${segment(releaseId)}/${segment(scope)}/${segment(language)}`;
}

/** The page of a report from its key `<releaseId>/<scope>/<language>`. */
export function reportPathFromKey(key: string): string {
  const parts = key.split('/');
  const [releaseId, scope, language] = parts;
  return parts.length === 3 && releaseId && scope && language
    ? reportPath(releaseId, scope, language)
    : `/reports/${key.split('/').map(segment).join('/')}`;
}

/** The full address of a page, for citations: origin without a trailing slash, then the path. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path}`;
}
