/** Query parameters that follow the person from page to page: the language and the organization. */
export const KEPT_PARAMETERS = ['lang', 'org'] as const;

/**
 * A query string for a link inside the submitter pages: the kept parameters of the current
 * address, then the given ones (an empty value removes a parameter). Empty when nothing is kept.
 */
export function keptSearch(
  current: URLSearchParams | string,
  extra: Record<string, string | null | undefined> = {},
): string {
  const from = new URLSearchParams(current);
  const next = new URLSearchParams();
  for (const name of KEPT_PARAMETERS) {
    const value = from.get(name);
    if (value) next.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
